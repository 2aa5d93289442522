import type { Response } from 'express';
import { ListResult } from './list-query.js';

/** Sets `Content-Range: invoices 0-24/319` as ra-data-simple-rest expects, and returns the rows. */
export function withContentRange<T, R = T>(res: Response, resource: string, result: ListResult<T>, map?: (row: T) => R): R[] {
  const end = result.rows.length ? result.end : result.start;
  res.setHeader('Content-Range', `${resource} ${result.start}-${end}/${result.total}`);
  return map ? result.rows.map(map) : (result.rows as unknown as R[]);
}
