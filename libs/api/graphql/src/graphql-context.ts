import type { Request, Response } from 'express';
import type { RequestLoaders } from './data-loader.factory';

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}
