/** Web Crypto, global in browsers and Node 20+; declared here so `shared` needs neither DOM nor Node types. */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UNBIASED_BYTE_LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A random identifier of `length` characters from a 62-letter alphabet (~5.95 bits each), drawn from
 * the platform's secure random source so ids from different clients never collide in practice.
 */
export function newId(length = 16): string {
  let id = '';
  while (id.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length - id.length));
    for (const byte of bytes) {
      // 256 is not a multiple of 62: taking every byte modulo 62 would favour the first 8 letters,
      // so bytes above the last whole multiple are drawn again.
      if (byte < UNBIASED_BYTE_LIMIT) id += ALPHABET[byte % ALPHABET.length];
    }
  }
  return id;
}

const ID_PATTERN = /^[0-9A-Za-z_-]{4,64}$/;

/** Whether `value` has the shape of a board or item id; used to validate URL parameters. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}
