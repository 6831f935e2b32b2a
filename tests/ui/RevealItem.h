#pragma once

#include <QQuickItem>

#include <algorithm>

// Scrolls the nearest Flickable around `target` so that it stands in the
// upper third of the view, as a customer scrolls to a question. Shared by
// KioskDriver and the kiosk probe of the browser test.
inline void revealItem(QQuickItem *target)
{
    for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        const qreal top = target->mapToItem(content, QPointF(0, 0)).y();
        const qreal maxY = std::max(0.0, p->property("contentHeight").toReal() - p->height());
        p->setProperty("contentY", std::clamp(top - p->height() / 3, 0.0, maxY));
        return;
    }
}
