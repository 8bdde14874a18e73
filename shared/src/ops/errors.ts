/** Thrown by an op given arguments that would write an invalid item. Nothing is written. */
export class InvalidItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidItemError';
  }
}
