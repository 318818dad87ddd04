"""`the_content()` of a post: body paragraphs plus what editors put between them.

The same HTML goes into the article page, the AMP page, the RSS
`content:encoded` and the REST API `content.rendered`, as on a real WordPress
site. Everything that is not a body paragraph (Baca Juga boxes, image blocks
with captions, the PDF file block, the FS Poster link line) is inserted here,
so the paragraphs in the ground truth are exactly the `<p>` blocks that carry
corpus text.
"""

from __future__ import annotations

from .model import Image, Post, SiteModel
from .textfmt import attr, esc
from .theme import UrlFn


def _baca_juga(site: SiteModel, post: Post, u: UrlFn) -> dict[int, str]:
    boxes: dict[int, str] = {}
    portal = site.config.theme == "newsportal"
    for box in post.baca_juga:
        target, href = site.baca_juga_href(box)
        link = f'<a href="{attr(u(href))}">{esc(target.title)}</a>'
        if portal and box.style == "div":
            html = (
                '<div class="jnews_inline_related_post_wrapper">'
                '<div class="jnews_inline_related_post">'
                '<div class="jeg_postblock_29 jeg_postblock jeg_col_2o3">'
                '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right">'
                '<h3 class="jeg_block_title"><span>Baca Juga</span></h3></div>'
                '<div class="jeg_posts"><div class="jeg_postsmall jeg_load_more_flag">'
                '<article class="jeg_post jeg_pl_xs_4 format-standard">'
                '<div class="jeg_postblock_content">'
                f'<h3 class="jeg_post_title">{link}</h3>'
                "</div></article></div></div></div></div></div>"
            )
        elif box.style == "div":
            html = f'<div class="baca-juga"><strong>Baca Juga:</strong> {link}</div>'
        else:
            html = f"<p><strong>Baca Juga:</strong> {link}</p>"
        boxes[box.after] = boxes.get(box.after, "") + html
    return boxes


def image_tag(image: Image, u: UrlFn, *, amp: bool, alt: str, cls: str) -> str:
    """An <img> with WordPress's srcset of intermediate sizes (or <amp-img>)."""
    large = image.sized(1024, 682)
    if amp:
        return (
            f'<amp-img src="{attr(u(large))}" width="1024" height="682" layout="responsive" '
            f'alt="{attr(alt)}"></amp-img>'
        )
    srcset = ", ".join(
        f"{u(p)} {w}w"
        for p, w in (
            (large, 1024),
            (image.sized(300, 200), 300),
            (image.sized(768, 512), 768),
            (image.path, 1280),
        )
    )
    return (
        f'<img decoding="async" width="1024" height="682" src="{attr(u(large))}" '
        f'class="{cls}" alt="{attr(alt)}" srcset="{attr(srcset)}" '
        f'sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def entry_content(site: SiteModel, post: Post, u: UrlFn, *, amp: bool = False) -> str:
    """Render the post body as Gutenberg/wpautop would, with the editor's inserts."""
    boxes = _baca_juga(site, post, u)
    parts: list[str] = []
    for i, para in enumerate(post.paragraphs, start=1):
        parts.append(f"<p>{esc(para)}</p>")
        if post.inline_image and post.inline_image[0] == i:
            image = post.inline_image[1]
            tag = image_tag(image, u, amp=amp, alt=image.caption, cls=f"wp-image-{image.id}")
            parts.append(
                f'<figure class="wp-block-image size-large">{tag}'
                f'<figcaption class="wp-element-caption">{esc(image.caption)}</figcaption>'
                "</figure>"
            )
        if post.file_block and post.file_block.after == i:
            fb = post.file_block
            href = attr(u(fb.path))
            parts.append(
                f'<div class="wp-block-file"><a id="wp-block-file--media-{post.id}" '
                f'href="{href}">{esc(fb.label)}</a><a href="{href}" '
                f'class="wp-block-file__button wp-element-button" download '
                f'aria-describedby="wp-block-file--media-{post.id}">Unduh</a></div>'
            )
        if i in boxes:
            parts.append(boxes[i])
    if post.link_line:
        line = u(site.variant(post, "fs"))
        parts.append(f'<p><a href="{attr(line)}">{esc(line)}</a></p>')
    if post.injection:
        parts.append(post.injection)  # a hijacker's hidden block, at the end of the content
    return "\n\n".join(parts) + "\n"
