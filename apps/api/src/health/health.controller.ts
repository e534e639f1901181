import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

const READINESS_TIMEOUT_MS = 2_000;

@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is up. */
  @Get('healthz')
  @HttpCode(200)
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve requests: PostgreSQL answers within two seconds. */
  @Get('readyz')
  async readiness(): Promise<{ status: 'ready' }> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise(
          (_, reject) =>
            (timer = setTimeout(() => reject(new Error('timeout')), READINESS_TIMEOUT_MS)),
        ),
      ]);
      return { status: 'ready' };
    } catch {
      throw new ServiceUnavailableException({
        status: 'unavailable',
        reason: 'database unreachable',
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
