#pragma once

#include <QLabel>

namespace tfdrift {

// A one-line plain-text label that shrinks with an ellipsis instead of pushing its neighbours away:
// a status bar shows several of them, and an error detail can be a whole paragraph.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace tfdrift
