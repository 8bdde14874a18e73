import { forbidCodeGeneration } from '@werkplaats/shared/validation-mode';

// Imported first by main.tsx: zod decides whether to compile a schema when the schema is built, and
// the shared package builds its schemas while it is imported, before main.tsx's own code runs. Set
// later, zod's probe for `new Function` has already been reported as a CSP violation.
forbidCodeGeneration();
