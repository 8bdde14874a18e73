import { z } from 'zod';

/**
 * Makes zod validate without generating code. Browsers call it before validating anything: under our
 * Content-Security-Policy `new Function` is forbidden, and zod's probe for it is reported as a violation
 * even though zod copes. The server keeps the faster compiled parsers.
 */
export function forbidCodeGeneration(): void {
  z.config({ jitless: true });
}
