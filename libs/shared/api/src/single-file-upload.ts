import { CallHandler, ExecutionContext, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AppError } from '@rapport/shared-errors';

/** A byte cap in megabytes as messages say it (to a tenth). */
export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * One multipart file in the field `file`, at most `maxBytes` (multer stops reading beyond it), its
 * name read as UTF-8 (Chinese names; multer would read Latin-1). multer's size error becomes our
 * validation error on `file` (it would otherwise be a 413 without a path). Routes subclass it with
 * their cap (a constant, or the configuration through Nest's injection).
 */
export class SingleFileUpload implements NestInterceptor {
  private readonly inner: NestInterceptor;

  constructor(
    private readonly maxBytes: number,
    fields: number,
    private readonly overall?: string,
  ) {
    const Multipart = FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields }, defParamCharset: 'utf8' } as Parameters<typeof FileInterceptor>[1]);
    this.inner = new Multipart();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(context, next);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) throw AppError.validation([{ path: 'file', message: `The file is larger than ${megabytes(this.maxBytes)} MB.` }], this.overall);
      throw err;
    }
  }
}
