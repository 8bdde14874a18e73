import { strToU8, zip, type AsyncZippable } from 'fflate';
import type { NetworkFile } from '@werkplaats/shared';
import type { NetworkRecord } from '../storage/directory-store.js';
import { boardFacts } from './board-facts.js';
import { renderBoardPdf } from './board-pdf.js';
import { renderPng } from './board-png.js';
import { frameRegion, renderBoardSvg } from './board-svg.js';
import { certificatePdf } from './certificate.js';
import { qualifyingParticipants, slug } from './certificates.js';
import { notesCsv, votesCsv } from './data-csv.js';
import { buildNetworkFile, yieldToEventLoop, type ExportDeps } from './network-export.js';
import { reportHtml } from './report-html.js';
import { reportMarkdown } from './report-md.js';

/** Compressing PDFs and PNGs again gains nothing; text files shrink well. */
const STORED = { level: 0 } as const;

function zipAsync(files: AsyncZippable): Promise<Uint8Array> {
  // fflate's asynchronous zip compresses off the main thread, so live boards keep flowing meanwhile.
  return new Promise((resolve, reject) =>
    zip(files, (error, data) => (error ? reject(error) : resolve(data))),
  );
}

/**
 * The whole network as one ZIP: `network.json`, `notes.csv`, `votes.csv`, `report.md`,
 * `report.html`, a PDF per session, a PNG per frame and a certificate per participant who attended at
 * least `minAttendance` sessions. Yields between boards so other requests and sockets keep moving.
 */
export async function buildNetworkArchive(
  deps: ExportDeps,
  network: NetworkRecord,
  options: { organiser: string; minAttendance: number },
): Promise<{ zip: Uint8Array; file: NetworkFile; names: string[] }> {
  const file = await buildNetworkFile(deps, network, options.organiser);
  const files: AsyncZippable = {
    'network.json': strToU8(`${JSON.stringify(file, null, 2)}\n`),
    'notes.csv': strToU8(notesCsv(file)),
    'votes.csv': strToU8(votesCsv(file)),
    'report.md': strToU8(reportMarkdown(file)),
    'report.html': strToU8(reportHtml(file)),
  };
  for (const session of file.sessions) {
    const week = `week-${session.position}`;
    const pdf = await renderBoardPdf(session.board, { title: session.title, date: session.date });
    files[`sessions/${week}-${slug(session.title, 'session')}.pdf`] = [pdf, STORED];
    await yieldToEventLoop();
    const facts = boardFacts(session.board);
    for (const [index, frame] of facts.topFrames.entries()) {
      const picture = renderBoardSvg(session.board.items, {
        region: frameRegion(frame),
        background: 'white',
      });
      const name = `frames/${week}/${String(index + 1).padStart(2, '0')}-${slug(frame.title, 'frame')}.png`;
      files[name] = [(await renderPng(picture, 1)).png, STORED];
      await yieldToEventLoop();
    }
  }
  const sessions = await deps.directory.listSessions(network.id);
  const used = new Set<string>();
  for (const entry of await qualifyingParticipants(deps.directory, network, options.minAttendance)) {
    let name = slug(entry.person.name, 'participant');
    if (used.has(name)) name = `${name}-${entry.person.id.slice(0, 6)}`;
    used.add(name);
    files[`certificates/${name}.pdf`] = [await certificatePdf(file.network, entry, sessions), STORED];
    await yieldToEventLoop();
  }
  return { zip: await zipAsync(files), file, names: Object.keys(files) };
}
