#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace pn {

class AuditModel;
class Ledger;
class PeriodFilter;

// The Audit tab ("who did what"): the ledger's audit rows through AuditModel (paged, newest
// first, live: rows other desks and programs write appear within one poll), filtered by desk,
// action, profile (its name when the row was written) and time (PeriodFilter), numbers in the
// details masked as everywhere. Export CSV… writes every row that matches the filters (not only the
// loaded pages), masked, as the table shows it; File → Export ▸ Current table… and Audit log… do
// the same.
class AuditTab final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTab(Ledger &ledger, QWidget *parent = nullptr);
    ~AuditTab() override;

    // Adds a new tab "Audit" to `tabs` (its title follows the language).
    static AuditTab *install(QTabWidget *tabs, Ledger &ledger);

    AuditModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *deskCombo() const { return m_desk; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *profileCombo() const { return m_profile; }
    PeriodFilter *periodFilter() const { return m_period; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *exportButton() const { return m_export; }

    // Writes every row that matches the filters to `path`. Returns the number of rows or -1;
    // *message says what happened (for the status bar).
    qint64 exportTo(const QString &path, QString *message);
    // Asks for the file (or takes BulkActions' test hook) and exports; the outcome is message().
    void exportInteractive();
    // How often the model looks for other programs' rows while the tab is shown (default 2 s);
    // a hidden tab does not poll (this program's own rows still arrive at once) and catches up
    // when shown.
    void setPollInterval(int ms);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilters();
    void fillChoices();
    void updateCount();
    void retranslate();

    Ledger &m_ledger;
    AuditModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_deskCaption = nullptr;
    QComboBox *m_desk = nullptr;
    QLabel *m_actionCaption = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_profileCaption = nullptr;
    QComboBox *m_profile = nullptr;
    PeriodFilter *m_period = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QStringList m_desks;    // what the desk combo offers (besides "Any desk")
    QStringList m_actions;  // what the action combo offers (besides "Any action")
    QStringList m_profiles; // the profile names recorded (besides "Any profile")
    int m_pollMs = 2000;
};

} // namespace pn
