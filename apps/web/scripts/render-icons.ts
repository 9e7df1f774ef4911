// Renders the hand-drawn SVG icons to the PNG sizes the web manifest needs, with the same headless
// Chromium the e2e tests use. Run after editing public/icons/*.svg: `npx tsx apps/web/scripts/render-icons.ts`.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS = resolve(import.meta.dirname, '../public/icons');
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
] as const;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const o of OUTPUTS) {
      const page = await browser.newPage({ viewport: { width: o.size, height: o.size } });
      const svg = await readFile(join(ICONS, o.svg), 'utf8');
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${o.size}px;height:${o.size}px}</style>${svg}`,
      );
      await page.screenshot({ path: join(ICONS, o.png), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
