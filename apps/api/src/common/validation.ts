import { FieldErrorCode } from '@datenlotse/contracts';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** The global pipe: unknown fields are refused, and a 400 names every field that is wrong. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const { fields, codes } = collectFields(errors);
      return new BadRequestException({
        message: `Invalid input: ${Object.keys(fields).join(', ')}`,
        fields,
        codes,
      });
    },
  });
}

type FieldMap = Record<string, string[]>;

function collectFields(errors: ValidationError[], prefix = ''): { fields: FieldMap; codes: FieldMap } {
  const fields: FieldMap = {};
  const codes: FieldMap = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      fields[path] = Object.values(error.constraints);
      codes[path] = Object.keys(error.constraints);
    }
    if (error.children?.length) {
      const nested = collectFields(error.children, path);
      Object.assign(fields, nested.fields);
      Object.assign(codes, nested.codes);
    }
  }
  return { fields, codes };
}

/** A 400 for one field, from a rule a service checks (the pipe reports the others). */
export function fieldError(field: string, code: FieldErrorCode, message: string): BadRequestException {
  return new BadRequestException({ message, fields: { [field]: [message] }, codes: { [field]: [code] } });
}
