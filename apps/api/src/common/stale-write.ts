import { ConflictException } from '@nestjs/common';

/** The 409 for an edit based on an old `version`: it carries the record as it is now, to reload from. */
export function staleWrite(what: string, current: object): ConflictException {
  return new ConflictException({
    message: `The ${what} was changed by someone else; reload and try again`,
    current,
  });
}
