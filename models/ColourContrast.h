#pragma once

class QColor;

namespace tfdrift {

// WCAG 2 relative luminance of a colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);
// WCAG 2 contrast ratio of two colours, 1 to 21; text wants at least 4.5.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace tfdrift
