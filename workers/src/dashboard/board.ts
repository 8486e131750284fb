import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import express, { type NextFunction, type Request, type Response } from 'express';
import { dirname } from 'node:path';
import { VIETNAMESE_MESSAGES } from './vi-messages';

/**
 * bull-board accepts only its own twelve language codes (9.10: no Vietnamese) and loads the
 * text of the chosen one from `static/locales/<code>/messages.json`. The board is set to
 * en-GB — day-first dates, 24-hour clock, as in Vietnam — and that one file is answered in
 * Vietnamese; a key the translation lacks falls back to bull-board's en-US.
 */
const BOARD_LOCALE = 'en-GB';
const UI_ROOT = dirname(require.resolve('@bull-board/ui/package.json'));

/** Where the page's fonts come from: these packages, not a font CDN (offline intranets). */
const FONTS = {
  'ibm-plex-sans': { dir: dirname(require.resolve('@fontsource/ibm-plex-sans')), weights: [400, 500, 600] },
  'ibm-plex-mono': { dir: dirname(require.resolve('@fontsource/ibm-plex-mono')), weights: [400, 500] },
};
const FONT_LINKS = Object.entries(FONTS)
  .flatMap(([family, f]) => f.weights.map((w) => `<link href="fonts/${family}/${w}.css" rel="stylesheet">`))
  .join('\n    ');

/** bull-board's entry page made Vietnamese and self-contained. */
export function localizeBoardHtml(html: string): string {
  return html
    .replace(/<html lang="en"/, '<html lang="vi"')
    .replace(/<link[^>]*fonts\.googleapis\.com[^>]*>/, FONT_LINKS)
    .replace(/<\/span>\s*Loading\s*<\/div>/, '</span>\n    Đang tải…\n  </div>');
}

export function createBoard(basePath: string, queues: Queue[]) {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(basePath);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter: adapter,
    options: {
      uiBasePath: UI_ROOT,
      uiConfig: {
        boardTitle: 'Hàng đợi Phối Hợp',
        locale: { lng: BOARD_LOCALE },
        // The docs link points to the internet; the sign-out link to our confirmation page.
        hideDocsLink: true,
        miscLinks: [{ text: 'Đăng xuất', url: '/logout' }],
        dateFormats: {
          short: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
          common: { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
          full: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
        },
      },
    },
  });

  const router = express.Router();
  router.get(`/static/locales/${BOARD_LOCALE}/messages.json`, (_req, res) => {
    res.json(VIETNAMESE_MESSAGES);
  });
  router.use('/fonts/:family', (req, res, next) => {
    const font = FONTS[req.params.family as keyof typeof FONTS];
    if (!font || !/^\/(files\/)?[\w.-]+\.(css|woff2?)$/.test(req.path)) return next();
    res.sendFile(req.path.slice(1), { root: font.dir });
  });
  router.use(rewriteEntryPage, adapter.getRouter());
  return router;
}

/** The board renders its page with `res.render`; the rendered HTML passes through {@link localizeBoardHtml}. */
function rewriteEntryPage(_req: Request, res: Response, next: NextFunction) {
  const render = res.render.bind(res) as (view: string, options: object, done: (err: Error | null, html: string) => void) => void;
  res.render = ((view: string, options?: object) =>
    render(view, options ?? {}, (err, html) => (err ? next(err) : res.type('html').send(localizeBoardHtml(html))))) as Response['render'];
  next();
}
