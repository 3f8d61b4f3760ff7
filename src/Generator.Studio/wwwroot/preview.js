// The preview: the real PDF from the server's PDF writer, drawn with pdf.js, keeping the scroll position.
import * as pdfjs from '/static/vendor/pdfjs/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/static/vendor/pdfjs/pdf.worker.min.mjs';

let generation = 0;

/** Draws `bytes` (a PDF) into `container`, replacing the previous pages only once the new ones are drawn. */
export async function showPdf(container, textNode, bytes) {
  const mine = ++generation;
  const task = pdfjs.getDocument({ data: bytes });
  const pdf = await task.promise;
  const canvases = [];
  const texts = [];
  const width = Math.max(300, container.clientWidth - 24);
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const unscaled = page.getViewport({ scale: 1 });
    const scale = width / unscaled.width;
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
    canvas.className = 'page';
    await page.render({ canvasContext: canvas.getContext('2d'), viewport, canvas }).promise;
    const content = await page.getTextContent();
    texts.push(content.items.map(i => i.str + (i.hasEOL ? '\n' : '')).join(''));
    canvases.push(canvas);
  }
  await task.destroy();
  if (mine !== generation) return false; // a newer edit already drew
  const top = container.scrollTop;
  container.replaceChildren(...canvases);
  container.scrollTop = top;
  textNode.textContent = texts.join('\n\f');
  container.dataset.rendered = String(mine);
  container.dataset.pages = String(canvases.length);
  return true;
}
