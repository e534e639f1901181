import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BodyEntity } from '@boards/api/database';
import { BodiesResolver } from './bodies.resolver';
import { BodiesService } from './bodies.service';

@Module({
  imports: [TypeOrmModule.forFeature([BodyEntity])],
  providers: [BodiesService, BodiesResolver],
  exports: [BodiesService],
})
export class BodiesModule {}
