import type { APIRoute, GetStaticPaths } from "astro";
import { shareCards, type ShareCard } from "../../lib/figures/share-cards.ts";
import { SHARE_IMAGE, shareImagePng, shareImageSvg } from "../../lib/figures/share-image.ts";
import { reportContext } from "../../lib/report-context.ts";

interface Props {
  card: ShareCard;
}

/** Each shared page's og:image (src/lib/figures/share-cards.ts), drawn at build time. */
export const getStaticPaths = (() =>
  shareCards(reportContext()).map((card) => ({
    params: { image: card.file.replace(/^dela\//, "") },
    props: { card } satisfies Props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await shareImagePng(shareImageSvg(props.card.content()));
  return new Response(new Uint8Array(png), { headers: { "content-type": SHARE_IMAGE.type } });
};
