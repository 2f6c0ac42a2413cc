#include "core/rules/RulesDocument.h"

#include <algorithm>

namespace tfdrift::rules {

void LocatedText::replace(const QString &value, TextPiece piece)
{
    text = value;
    pieces.clear();
    piece.start = 0;
    pieces.push_back(std::move(piece));
}

void LocatedText::append(const QString &value, TextPiece piece)
{
    if (pieces.empty()) {
        replace(value, std::move(piece));
        return;
    }
    text += QLatin1Char(' ');
    piece.start = text.size();
    text += value;
    pieces.push_back(std::move(piece));
}

const TextPiece *LocatedText::pieceAt(qsizetype offset) const
{
    const TextPiece *found = pieces.empty() ? nullptr : &pieces.front();
    for (const TextPiece &piece : pieces) {
        if (piece.start <= offset)
            found = &piece;
    }
    return found;
}

SourcePosition LocatedText::position(qsizetype offset) const
{
    const TextPiece *piece = pieceAt(offset);
    if (!piece || !piece->map)
        return {};
    // The joining space belongs to no piece: report it at the end of the piece before.
    return piece->map->position(std::max<qsizetype>(0, offset - piece->start));
}

} // namespace tfdrift::rules
