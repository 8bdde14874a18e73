import {
  createItem,
  IMAGE_MIME_TYPES,
  MAX_IMAGE_BYTES,
  type BoardPoint,
  type MessageKey,
} from '@werkplaats/shared';
import { ApiError } from '../api/http';
import { uploadImage } from '../api/images';
import { screenToBoard } from '../canvas/viewport';
import type { CommandContext } from './types';

/** Placed pictures start no wider or taller than this (board units); people resize from there. */
const MAX_PLACED_SIZE = 480;
/** Several pictures dropped at once are laid out in a row, this far apart. */
const GAP = 24;

const REFUSALS: Record<string, MessageKey> = {
  image_too_large: 'image.tooLarge',
  not_an_image: 'image.notAnImage',
  read_only: 'image.readOnly',
};

async function naturalSize(file: Blob): Promise<{ width: number; height: number } | undefined> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
}

function fitted(natural: { width: number; height: number }) {
  const scale = Math.min(1, MAX_PLACED_SIZE / Math.max(natural.width, natural.height));
  return {
    w: Math.max(1, Math.round(natural.width * scale)),
    h: Math.max(1, Math.round(natural.height * scale)),
  };
}

/** The text alternative a picture starts with: its file name without the extension. */
function altFrom(file: File): string {
  return file.name.replace(/\.[a-z0-9]+$/i, '').slice(0, 200);
}

function viewCentre({ store }: CommandContext): BoardPoint {
  const { viewport, stageSize } = store.getState();
  return screenToBoard(viewport, { x: stageSize.width / 2, y: stageSize.height / 2 });
}

/**
 * Uploads pictures and places them centred on `at` (the view's centre by default), side by side. A
 * refused file (too large, not a picture) is named in a notice; the others are placed all the same,
 * and nothing already on the board changes.
 */
export async function insertImages(context: CommandContext, files: File[], at?: BoardPoint): Promise<void> {
  const { session, store } = context;
  if (session.readOnly || files.length === 0) return;
  const centre = at ?? viewCentre(context);
  const placed: string[] = [];
  let x = centre.x;
  for (const file of files) {
    const uploaded = file.size > MAX_IMAGE_BYTES ? 'image.tooLarge' : await upload(context, file);
    if (typeof uploaded === 'string') {
      store.getState().showToast(uploaded, { name: file.name, limit: MAX_IMAGE_BYTES / (1024 * 1024) });
      continue;
    }
    const natural = (await naturalSize(file)) ?? { width: 320, height: 240 };
    const { w, h } = fitted(natural);
    const item = createItem(
      session.doc,
      {
        type: 'image',
        x: Math.round(x - (placed.length === 0 ? w / 2 : 0)),
        y: Math.round(centre.y - h / 2),
        w,
        h,
        src: uploaded.src,
        assetId: uploaded.assetId,
        naturalWidth: natural.width,
        naturalHeight: natural.height,
        alt: altFrom(file),
      },
      session.author,
      session.origin,
    );
    x = item.x + w + GAP;
    placed.push(item.id);
  }
  if (placed.length === 0) return;
  session.undo.endStep();
  store.getState().select(placed);
}

/** The server's answer, or the message to show when it refused the file. */
async function upload(context: CommandContext, file: File) {
  try {
    return await uploadImage(context.session.options.boardId, file);
  } catch (error) {
    return error instanceof ApiError ? (REFUSALS[error.code] ?? 'image.uploadFailed') : 'image.uploadFailed';
  }
}

/** Opens the system's file picker for pictures; what is chosen is uploaded and placed in the view. */
export function pickImages(context: CommandContext): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = IMAGE_MIME_TYPES.join(',');
  input.multiple = true;
  input.addEventListener('change', () => void insertImages(context, [...(input.files ?? [])]));
  input.click();
}
