#pragma once

#include <QByteArray>
#include <QTranslator>

// Stands in for a translation of one context, so that a test sees every string of it change
// whatever the .ts files hold today: each string of the context comes back in «».
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context);

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }

private:
    QByteArray m_context;
};
