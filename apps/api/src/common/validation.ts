import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** The global pipe: unknown fields are refused, and a 400 names every field that is wrong. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = collectFields(errors);
      const names = Object.keys(fields);
      return new BadRequestException({
        message: `Invalid input: ${names.join(', ')}`,
        fields,
      });
    },
  });
}

function collectFields(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(fields, collectFields(error.children, path));
  }
  return fields;
}
