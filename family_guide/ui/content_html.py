"""Compose HTML pages from loaded modules, in the user's language, marking English fallback."""

from __future__ import annotations

import re
from html import escape

from family_guide.core.bidi import keep_latin_in_order_html, left_to_right
from family_guide.core.modules import Localized, Module
from family_guide.core.quotes import quoted
from family_guide.core.read_aloud import CONTROL, NOTE, SAY, block_state, parse_state
from family_guide.core.render import to_html, to_inline_html
from family_guide.core.translatable import fill
from family_guide.ui.i18n import is_right_to_left, native_name, translate

_BLOCK_START = re.compile(r'<(p|li|td|h[1-4])(?: style="-qt-user-state:(\d+)")?((?:\s[^>]*)?)>')


def marked(html: str, kind: str | None = None, language: str | None = None) -> str:
    """Give every paragraph, line and cell of ``html`` a (Qt "user state") mark of what it is (words
    to say, a note for the adult) and its language, so read-aloud can tell them apart on the page
    as shown. Invisible; an inner mark keeps what it already says. ``html`` is our own markup."""

    def mark(match: re.Match) -> str:
        old_kind, old_language = parse_state(int(match.group(2))) if match.group(2) else (None, None)
        state = block_state(old_kind or kind, old_language or language)
        return f'<{match.group(1)} style="-qt-user-state:{state}"{match.group(3)}>'

    return _BLOCK_START.sub(mark, html)


def directed(html: str, language: str) -> str:
    """Content in the direction of the language it is written in, not of its first letter:
    an Arabic help-line entry that starts with "Take It Down" still reads right to left, and
    English shown in the Arabic app (not yet translated) still reads left to right. In right-to-left
    text each Latin run is isolated, so "(LGBTQ+)" does not show as "(+LGBTQ)"."""
    if not html:
        return html
    rtl = is_right_to_left(language)
    return keep_latin_in_order_html(
        f'<div dir="{"rtl" if rtl else "ltr"}">{marked(html, language=language)}</div>', rtl
    )


def tag(name: str, text: str) -> str:
    """An element around escaped text; keeps translate() calls out of f-strings, where lupdate cannot see them."""
    return f"<{name}>{escape(text)}</{name}>"


def fallback_text(shown: str, requested: str) -> str:
    message = translate("ContentHtml", "Shown in %1: this part is not yet translated into %2.")
    return fill(message, native_name(shown), native_name(requested))


INFO_ICON = "family-guide-icon:info"  # the one image a content view draws (see ContentView.loadResource)


def fallback_note(localized: Localized[object], requested: str) -> str:
    """A visible note on text shown in English because the translation is missing."""
    if not localized.is_fallback:
        return ""
    message = fallback_text(localized.language, requested)
    # An icon, not the character ⓘ: many systems' fonts lack it and draw an empty box.
    icon = f'<img src="{INFO_ICON}" style="vertical-align: middle"/>'
    return f'<table class="note" width="100%" cellpadding="6"><tr><td>{icon} {escape(message)}</td></tr></table>'


def translation_status_text(module: Module, language: str) -> str:
    """What a reader should know about the translation they are reading (nothing for the original)."""
    status = module.status(language)
    if status in ("draft", "machine"):
        return translate("ContentHtml", "This translation has not yet been checked by a fluent speaker.")
    if status == "stale":
        return translate(
            "ContentHtml",
            "The English text changed after this was translated: the parts marked may be out of date.",
        )
    review = module.manifest.reviews.get(language)
    if status == "reviewed" and review is not None:
        return fill(
            translate("ContentHtml", "Translation checked by %1 on %2."),
            isolate(review.by),
            ltr(review.date.isoformat()),
        )
    return ""


def meta_line(module: Module, language: str) -> str:
    reviewed = fill(translate("ContentHtml", "Reviewed %1"), ltr(module.manifest.reviewed.isoformat()))
    parts = [reviewed]
    status = translation_status_text(module, language)
    if status:
        parts.append(status)
    return f'<p class="meta">{escape(" · ".join(parts))}</p>'


def stale_text() -> str:
    return translate("ContentHtml", "The English text changed after this was translated.")


def stale_note(module: Module, language: str, path: str) -> str:
    """A visible mark on a translated text whose English source changed since it was translated
    (``path``: its content path, such as ``guides.9-12.opening_lines``)."""
    if not module.stale_under(language, path):
        return ""
    return f'<table class="note stale" width="100%" cellpadding="6"><tr><td>&#9888; {escape(stale_text())}</td></tr></table>'


def sources_html(module: Module) -> str:
    items = "".join(
        f'<li>{escape(s.publisher)}: <a href="{escape(s.url)}">{escape(s.title)}</a></li>'
        for s in module.manifest.sources
    )
    return tag("h2", translate("ContentHtml", "Sources")) + f"<ul>{items}</ul>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{to_inline_html(i)}</li>" for i in items) + "</ul>"


def _say(items: list[str], language: str) -> str:
    """Lines to say, set apart so they can be found at a glance, in the language's quotation marks."""
    rows = "".join(f"<tr><td>{to_inline_html(quoted(i, language))}</td></tr>" for i in items)
    return marked(f'<table class="say" width="100%" cellpadding="8" cellspacing="4">{rows}</table>', SAY)


def _adult_note(text: str) -> str:
    """A note for the adult after an answer: labelled and boxed apart, so it is never read out
    as part of the words to say."""
    label = escape(translate("ContentHtml", "For you, not to say to your child:"))
    return marked(
        '<table class="adult-note" width="100%" cellpadding="6">'
        f"<tr><td><b>{label}</b> {to_inline_html(' '.join(text.split()))}</td></tr></table>",
        NOTE,
    )


def guide_html(module: Module, language: str, band: str, revealed: set[int] | None = None) -> str:
    """A guide for one age band. ``revealed``: which "if your child says" answers to show (None: all)."""
    title = module.title(language)
    guide = module.guide(language, band)
    g = guide.value
    prefix = f"guides.{band}"
    # A section's heading, then a mark if its translation is older than the English text.
    h = lambda text, field: f"<h2>{escape(text)}</h2>" + stale_note(module, guide.language, f"{prefix}.{field}")  # noqa: E731
    age = fill(translate("ContentHtml", "Ages %1"), ltr(band))
    d = lambda html: directed(html, guide.language)  # noqa: E731 - the guide's own language
    out = [directed(f"<h1>{escape(title.value)}</h1>", title.language)]
    out.append(directed(f'<p class="meta">{escape(age)}</p>' + meta_line(module, language), language))
    out.append(fallback_note(guide, language))
    if g.instead:
        out += [h(translate("ContentHtml", "For this age"), "instead"), d(to_html(g.instead))]
    if g.why_it_matters:
        out += [h(translate("ContentHtml", "Why this matters"), "why_it_matters"), d(to_html(g.why_it_matters))]
    if g.before_you_start:
        out += [h(translate("ContentHtml", "Before you start"), "before_you_start"), d(_list(g.before_you_start))]
    if g.opening_lines:
        out += [h(translate("ContentHtml", "Ways to start"), "opening_lines"), d(_say(g.opening_lines, guide.language))]
    if g.key_messages:
        key_messages = marked(_list(g.key_messages), SAY)  # words for the child, too
        out += [h(translate("ContentHtml", "What your child should hear"), "key_messages"), d(key_messages)]
    if g.questions:
        out += [h(translate("ContentHtml", "Questions to ask"), "questions"), d(_say(g.questions, guide.language))]
    if g.if_child_says:
        out.append(h(translate("ContentHtml", "If your child says..."), "if_child_says"))
        for number, pair in enumerate(g.if_child_says):
            out.append(d(f"<h3>{to_inline_html(quoted(pair.says, guide.language))}</h3>"))
            if revealed is None or number in revealed:
                out.append(f'<a name="answer-{number}"></a>' + d(marked(to_html(pair.you_might_say), SAY)))
                if pair.adult_note:
                    out.append(d(_adult_note(pair.adult_note)))
            else:
                # Revealed one at a time, so the adult can think about their own answer first.
                show = escape(translate("ContentHtml", "Show what you might say"))
                out.append(marked(f'<p><a href="reveal:{number}">{show}</a></p>', CONTROL))
    if g.what_not_to_say:
        out += [h(translate("ContentHtml", "What not to say"), "what_not_to_say"), d(_list(g.what_not_to_say))]
    if g.follow_up:
        out += [h(translate("ContentHtml", "Afterwards"), "follow_up"), d(_list(g.follow_up))]
    if g.signs_to_watch:
        out += [h(translate("ContentHtml", "Signs to watch for"), "signs_to_watch"), d(to_html(g.signs_to_watch))]
    if g.get_help:
        out += [h(translate("ContentHtml", "Getting help"), "get_help"), d(to_html(g.get_help))]
    out.append(sources_html(module))
    return "".join(out)


def tier_html(module: Module, language: str, tier_id: str) -> str:
    """Next steps for a tier, with a note when they are shown in English."""
    tier = module.tier(language, tier_id)
    t = tier.value
    d = lambda html: directed(html, tier.language)  # noqa: E731
    out = [fallback_note(tier, language), d(f"<h2>{escape(t.title)}</h2>")]
    out.append(stale_note(module, tier.language, f"tiers.{tier_id}"))
    out += [tag("h3", translate("ContentHtml", "What this may mean")), d(to_html(t.may_mean))]
    if t.may_not_mean:
        out += [tag("h3", translate("ContentHtml", "What this does not mean")), d(to_html(t.may_not_mean))]
    steps = "".join(f"<li>{to_inline_html(s)}</li>" for s in t.steps)
    out += [tag("h3", translate("ContentHtml", "What to do now")) + d(f"<ol>{steps}</ol>")]
    return "".join(out)


def evidence_html() -> str:
    """How to keep evidence without harming the child again; the same wherever it is shown."""
    steps = [
        translate(
            "ContentHtml", "Write down usernames, profile links, phone numbers, dates and the apps or games used."
        ),
        translate("ContentHtml", "Keep the messages. Do not delete them, or the account."),
        translate("ContentHtml", "Block the account only after you have written the details down."),
        translate(
            "ContentHtml",
            "Never save, screenshot or forward a sexual image of a child, even as evidence. Tell the police or "
            "the reporting line where it is.",
        ),
        translate("ContentHtml", "Do not pay, and do not send anything more."),
    ]
    return (
        tag("h3", translate("ContentHtml", "Keeping evidence"))
        + "<ul>"
        + "".join(tag("li", s) for s in steps)
        + "</ul>"
    )


def related_guides_html(module: Module, catalog, language: str) -> str:
    """Links to the conversation guides a module names as related."""
    guides = [catalog.modules[i] for i in module.manifest.related if i in catalog.modules]
    guides = [g for g in guides if g.kind == "guide"]
    if not guides:
        return ""
    items = "".join(f'<li><a href="module:{escape(g.id)}">{escape(g.title(language).value)}</a></li>' for g in guides)
    return tag("h3", translate("ContentHtml", "Conversation guides that can help")) + f"<ul>{items}</ul>"


def entries_html(
    modules: list[Module], language: str, country: str, needs: tuple[str, ...] | None = None, once: bool = True
) -> str:
    """Help-directory entries for a country (its EU region and worldwide services), grouped by need.

    ``once``: list each service under the first need only (Get help now's steps); the directory
    view passes False so every need's section is complete."""
    from family_guide.core.directory import NEED_LABELS, entries_for
    from family_guide.ui.help_html import source_line, unconfirmed_caution

    out = []
    fallback = None
    single_source = False
    groups = entries_for(modules, country, needs) if once else _each_need(modules, country, needs)
    for need, entries in groups:
        out.append(tag("h2", translate("Need", NEED_LABELS[need])))
        for module, entry in entries:
            text = module.entry(language, entry.id)
            fallback = fallback or (text if text.is_fallback else None)
            mark = " \u2020" if entry.confidence == "medium" else ""
            single_source = single_source or bool(mark)
            lines = [f"<b>{escape(text.value.name)}</b>{mark}", to_inline_html(text.value.purpose)]
            if module.stale_under(text.language, f"entries.{entry.id}"):
                lines.append(f"<i>&#9888; {escape(stale_text())}</i>")
            if entry.phone:
                phone = escape(fill(translate("ContentHtml", "Phone: %1"), ltr(entry.phone)))
                copy = escape(translate("ContentHtml", "Copy number"))
                lines.append(f'{phone} &nbsp; <a href="copy:{escape(entry.phone)}">{copy}</a>')
            if entry.sms:
                lines.append(escape(fill(translate("ContentHtml", "Text: %1"), ltr(entry.sms))))
            if entry.web:
                lines.append(f'<a href="{escape(entry.web)}">{escape(entry.web)}</a>')
            if entry.hours:
                hours = hours_text(entry.hours, text.value.hours if text.language == language else None, language)
                lines.append(escape(fill(translate("ContentHtml", "Hours: %1"), hours)))
            # The date of the source, never a "last checked" that no one did; "checked" only when someone did.
            meta = source_line([entry.source], entry.source_date)
            if entry.verified:
                checked = fill(translate("ContentHtml", "Checked live on %1"), ltr(entry.verified.isoformat()))
                meta += " · " + escape(checked)
            lines.append(f'<span class="meta">{meta}</span>')
            if entry.confidence == "low":
                caution = translate(
                    "ContentHtml", "Caution: we could not confirm this. Check it before you rely on it."
                )
                lines.append(f"<b>{escape(caution)}</b>")
            out.append(directed(f"<p>{'<br/>'.join(lines)}</p>", text.language))
    if single_source:  # one explanation for every mark, not the same line under each entry
        out.append(tag("p", "\u2020 " + unconfirmed_caution()))
    if fallback is not None:  # one note for the list: some entries are shown in English
        out.insert(0, fallback_note(fallback, language))
    return "".join(out)


def _each_need(modules: list[Module], country: str, needs: tuple[str, ...] | None):
    """Every need's complete list: a service that serves two needs appears under both."""
    from family_guide.core.directory import NEED_LABELS, entries_for

    for need in needs or tuple(NEED_LABELS):
        yield from entries_for(modules, country, (need,))


def hours_text(hours: str, localized: str | None, language: str) -> str:
    """A help line's hours in the user's language (the rule is the core's, shared with handouts)."""
    from family_guide.core.directory import hours_words

    return hours_words(hours, localized, language, translate)


def isolate(text: str) -> str:
    """User-written text (a title, a nickname) in its own direction inside a sentence (Unicode FSI)."""
    return f"\u2068{text}\u2069"


def ltr(text: str) -> str:
    """Keep numbers like 1-800-843-5678 in order inside right-to-left sentences (Unicode isolate)."""
    return left_to_right(text)
