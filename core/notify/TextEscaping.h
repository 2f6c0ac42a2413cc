#pragma once

#include <QString>

namespace tfdrift::notify {

// Event text is attacker-controlled (a user name, a resource id): each channel gets it inert.

// Slack mrkdwn: &, < and > become entities, so "<!channel>" or "<http://x|click>" cannot form a
// mention or a link. Slack's formatting characters (*, _, ~, `) at a word's edge are neutralised with
// a zero-width space after them, since mrkdwn has no escape character.
QString escapeSlackMrkdwn(const QString &text);

// Discord markdown: a backslash before each formatting character, and "@" followed by a zero-width
// space so that "@everyone" reads as text even where allowed_mentions does not apply.
QString escapeDiscordMarkdown(const QString &text);

// Microsoft Teams Adaptive Card text (TextBlock.text, Fact.title, Fact.value), which Teams reads as
// Markdown (bold, italic, lists, [links](url)) and scans for <at>mentions</at>:
// - `\`, `*`, `~`, backquote, `[`, `]`, `&` and `_` at a word's edge get a backslash, the CommonMark
//   escape Teams honours; intraword `_` (aws_security_group) never starts emphasis in CommonMark and is
//   left alone so names can be copied. A list or heading marker opening the text is escaped likewise.
// - `<` and `>` become the fullwidth lookalikes U+FF1C and U+FF1E: Adaptive Cards support no HTML and
//   renderers disagree on decoding entities (some show "&lt;" as is), while a lookalike can never open
//   an <at> mention or an <http://...> autolink anywhere.
// - Line breaks and other control characters become spaces (no list item can start a new line), a
//   zero-width space splits "{{" (the card's {{DATE(...)}} functions) and "://" (bare-link detection).
// Older Teams mobile clients show the backslashes; the text stays inert there too.
QString escapeTeamsText(const QString &text);

// Cuts `text` to at most `limit` characters, ending with an ellipsis when it was longer.
QString truncated(const QString &text, qsizetype limit);

} // namespace tfdrift::notify
