// SVG and PNG downloads of the whole map (not just the part in view): the drawing is cloned with
// the zoom/pan transform removed and the canvas sized to the laid-out picture.
import type { Layout } from './layout';

function standalone(svg: SVGSVGElement, layout: Layout): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.ceil(layout.width)));
  clone.setAttribute('height', String(Math.ceil(layout.height)));
  clone.setAttribute('viewBox', `0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`);
  clone.removeAttribute('class');
  clone.querySelector('[data-content]')?.removeAttribute('transform');
  return new XMLSerializer().serializeToString(clone);
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: SVGSVGElement, layout: Layout, fileName: string): void {
  save(new Blob([standalone(svg, layout)], { type: 'image/svg+xml' }), fileName);
}

/** Rasterised at twice the layout size (sharp on high-density screens), capped for huge maps. */
export async function downloadPng(svg: SVGSVGElement, layout: Layout, fileName: string): Promise<void> {
  const scale = Math.min(2, 8000 / Math.max(layout.width, layout.height, 1));
  const url = URL.createObjectURL(new Blob([standalone(svg, layout)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The map could not be rasterised'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(layout.width * scale);
    canvas.height = Math.ceil(layout.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
