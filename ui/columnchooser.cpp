#include "ui/columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace pn {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &key,
                             const QList<int> &hiddenByDefault)
    : QObject(header)
    , m_header(header)
    , m_key(key)
    , m_defaultHidden(hiddenByDefault)
{
    setObjectName(QStringLiteral("columnChooser_%1").arg(key));
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { menu()->popup(m_header->mapToGlobal(pos)); });
    // The model may arrive later, or be replaced: apply the choice whenever columns appear.
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this] { apply(); });
    apply();
}

ColumnChooser *ColumnChooser::install(QHeaderView *header, const QString &key,
                                      const QList<int> &hiddenByDefault)
{
    return new ColumnChooser(header, key, hiddenByDefault);
}

void ColumnChooser::apply()
{
    const QString settingsKey = QStringLiteral("ui/columns/%1").arg(m_key);
    QList<int> hidden = m_defaultHidden;
    const QSettings settings;
    if (settings.contains(settingsKey)) {
        hidden.clear();
        for (const QVariant &v : settings.value(settingsKey).toList())
            hidden << v.toInt();
    }
    const int count = m_header->count();
    for (int c = 0; c < count; ++c)
        m_header->setSectionHidden(c, hidden.contains(c));
    if (count > 0 && m_header->hiddenSectionCount() == count)
        m_header->setSectionHidden(0, false);
}

void ColumnChooser::save() const
{
    QVariantList hidden;
    for (int c = 0; c < m_header->count(); ++c) {
        if (m_header->isSectionHidden(c))
            hidden << c;
    }
    QSettings().setValue(QStringLiteral("ui/columns/%1").arg(m_key), hidden);
}

void ColumnChooser::rebuild()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    const int visible = m_header->count() - m_header->hiddenSectionCount();
    for (int c = 0; c < m_header->count(); ++c) {
        const QString title =
            model ? model->headerData(c, m_header->orientation()).toString() : QString();
        QAction *a = m_menu->addAction(title.isEmpty() ? QString::number(c + 1) : title);
        a->setObjectName(QStringLiteral("column_%1").arg(c));
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(c));
        a->setEnabled(m_header->isSectionHidden(c) || visible > 1); // one always stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_header->setSectionHidden(c, !on);
            if (on && m_header->sectionSize(c) < 30)
                m_header->resizeSection(c, m_header->defaultSectionSize());
            save();
        });
    }
}

QMenu *ColumnChooser::menu()
{
    if (!m_menu) {
        m_menu = new QMenu(m_header);
        m_menu->setObjectName(QStringLiteral("columnMenu"));
        connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuild);
    }
    rebuild(); // titles follow the language, checks the header
    return m_menu;
}

} // namespace pn
