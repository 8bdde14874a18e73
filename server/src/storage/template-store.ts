/**
 * A template a facilitator saved for the organisation (one per installation today). `body` is the
 * template document as JSON text, validated with the shared template schema before it is stored and
 * again when it is read, so a row written by an older or newer version is reported, never trusted.
 */
export interface TemplateRecord {
  id: string;
  name: string;
  scope: 'session' | 'frame';
  body: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** The organisation's saved templates. Kept apart from the directory so it can live elsewhere later. */
export interface TemplateStore {
  listTemplates(): Promise<TemplateRecord[]>;
  template(id: string): Promise<TemplateRecord | undefined>;
  createTemplate(record: TemplateRecord): Promise<void>;
  /** Replaces name, body and updatedAt; false when the template is gone. */
  updateTemplate(record: TemplateRecord): Promise<boolean>;
  /** False when there was no such template. */
  deleteTemplate(id: string): Promise<boolean>;
}
