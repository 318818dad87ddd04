"""The site's own number for a post (scraper.extract.postid), read from the markup
WordPress and Blogger print on every post page."""

from scraper.extract.metadata import read_metadata
from scraper.extract.page import parse_html
from scraper.extract.postid import site_post_id


def post_id(html: str) -> str | None:
    tree = parse_html(html)
    md = read_metadata(tree)
    return site_post_id(tree, md.body_classes, md.meta_all)


WP_HEAD = (
    "<link rel='shortlink' href='https://polreskotabaru.id/?p=4821' />"
    '<link rel="alternate" title="JSON" type="application/json"'
    ' href="https://polreskotabaru.id/wp-json/wp/v2/posts/4821" />'
)


def test_wordpress_post_number_from_body_class_shortlink_and_rest_link():
    body = (
        '<body class="post-template-default single single-post postid-4821 single-format-standard">'
    )
    assert post_id(f"<html><head>{WP_HEAD}</head>{body}<p>x</p></body></html>") == "wp:4821"
    # Any one of them is enough (themes and SEO plugins drop the head links).
    assert post_id(f"<html><head></head>{body}<p>x</p></body></html>") == "wp:4821"
    assert post_id(f"<html><head>{WP_HEAD}</head><body><p>x</p></body></html>") == "wp:4821"


def test_a_page_naming_two_numbers_or_none_has_no_post_number():
    # The body says one post, the shortlink another (a cached head): trust neither.
    body = '<body class="single single-post postid-4822">'
    assert post_id(f"<html><head>{WP_HEAD}</head>{body}<p>x</p></body></html>") is None
    # A static page (page-id-N, ?page_id=N), an attachment, a listing: no post number.
    page = (
        "<html><head><link rel='shortlink' href='https://a.id/?page_id=12' /></head>"
        '<body class="page-template-default page page-id-12"><p>x</p></body></html>'
    )
    assert post_id(page) is None
    assert post_id('<html><body class="home blog"><p>x</p></body></html>') is None
    # Related posts in a widget carry their own article#post-N, never a body class.
    related = '<body class="single postid-7"><article id="post-9" class="post-9 post"></article>'
    assert post_id(f"<html>{related}</body></html>") == "wp:7"


def test_blogger_post_id_from_its_microdata():
    html = (
        "<html><body><div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
        "<meta content='8471939029395464190' itemprop='postId'/>"
        "<h3 class='post-title entry-title' itemprop='name'>Polsek Kurau</h3></div></body></html>"
    )
    assert post_id(html) == "blogger:8471939029395464190"
