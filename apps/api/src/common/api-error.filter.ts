import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError } from '@datenlotse/contracts';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { requestContext } from './request-context';

/** Answers every error in the one format of the API: {statusCode, error, message, fields?}. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      const requestId = requestContext.get()?.requestId;
      this.logger.error(`[${requestId}] ${(exception as Error)?.stack ?? String(exception)}`);
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const details =
        typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
      const message = Array.isArray(details['message'])
        ? (details['message'] as string[]).join('; ')
        : String(details['message'] ?? exception.message);
      return {
        ...details,
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message,
      };
    }
    // body-parser reports oversized or wrongly encoded bodies with a status of its own
    const status = (exception as { status?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return {
        statusCode: status,
        error: STATUS_CODES[status] ?? 'Error',
        message: String((exception as Error).message),
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Something went wrong on the server. The error has been logged.',
    };
  }
}
