/**
 * Worker-thread entry of the ExtractionPool: runs src/extract's extractReport on each report it is
 * sent and posts back the extraction, or the error's name and message. Loads the gazetteers once.
 */
import { parentPort } from 'node:worker_threads';
import { extractReport } from '../extract/extractReport';
import type { Extraction, Report } from '../extract/types';

/** A task sent to the worker. */
export interface ExtractionTask {
  id: number;
  report: Report;
}

/** What the worker answers. */
export type ExtractionAnswer = { id: number; extraction: Extraction } | { id: number; error: { name: string; message: string } };

const port = parentPort;
if (port !== null) {
  port.on('message', (task: ExtractionTask) => {
    let answer: ExtractionAnswer;
    try {
      answer = { id: task.id, extraction: extractReport(task.report) };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      answer = { id: task.id, error: { name: err.name, message: err.message } };
    }
    port.postMessage(answer);
  });
}
