/**
 * The exports that need the PDF library, gathered so the routes load them on first use: starting the
 * server (and every restart under load) does not pay for pdf-lib.
 */
export { buildNetworkArchive } from './archive.js';
export { renderBoardPdf } from './board-pdf.js';
export { certificatePdf } from './certificate.js';
