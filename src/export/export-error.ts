/** An export that cannot be written as asked; the message names the file and what to do. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}
