// The console's forms and widgets on their own, offscreen: validation in words next to the
// field, the 1302 pre-check, the reqid kept on Retry, TTL presets, display choices, the masking
// proxy with reveal, the account panel's words and warnings, the confirmation hook.
#include "core/clock.h"
#include "core/language.h"
#include "core/validation.h"
#include "ui/accountpanel.h"
#include "ui/bindingdialog.h"
#include "ui/confirm.h"
#include "ui/maskingproxymodel.h"
#include "ui/transferdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

using namespace pn;

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void bindingValidation_data();
    void bindingValidation();
    void bindingRequestMapping();
    void bindingTtlAsShown_data();
    void bindingTtlAsShown();
    void bindingFieldsAfterFailure();
    void errorsDoNotMoveFields_data();
    void errorsDoNotMoveFields();
    void retryKeepsReqid();
    void conflictPrecheck();
    void transferForever();
    void masking();
    void accountPanel_data();
    void accountPanel();
    void confirmHook();
    void chineseTexts();
    void qtOwnStringsFollowTheLanguage();
    void bindingDialogFitsTheScreen_data();
    void bindingDialogFitsTheScreen();
};

void TestForms::bindingValidation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("aError");
    QTest::addColumn<QString>("bError");
    QTest::newRow("letters in A") << "1380abc"
                                  << "13900139000"
                                  << "only digits"
                                  << "";
    QTest::newRow("B same as A") << "13800138000"
                                 << "138 0013 8000"
                                 << ""
                                 << "must differ";
    QTest::newRow("too long") << "1234567890123456789012345"
                              << "13900139000"
                              << "longer than 24"
                              << "";
    QTest::newRow("fine") << "13800138000"
                          << "13900139000"
                          << ""
                          << "";
}

void TestForms::bindingValidation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, aError);
    QFETCH(QString, bError);
    ManualClock clock;
    BindingDialog dialog(clock);
    dialog.setAppids({QStringLiteral("app1")}, {});
    dialog.setXNumbers({QStringLiteral("17000000001")});
    dialog.show();
    auto *aEdit = dialog.findChild<QLineEdit *>(QStringLiteral("aEdit"));
    auto *bEdit = dialog.findChild<QLineEdit *>(QStringLiteral("bEdit"));
    QTest::keyClicks(aEdit, a);
    QTest::keyClicks(bEdit, b);
    auto *aLabel = dialog.findChild<QLabel *>(QStringLiteral("aError"));
    auto *bLabel = dialog.findChild<QLabel *>(QStringLiteral("bError"));
    QCOMPARE(aLabel->isVisible(), !aError.isEmpty());
    QCOMPARE(bLabel->isVisible(), !bError.isEmpty());
    if (!aError.isEmpty())
        QVERIFY2(aLabel->text().contains(aError), qPrintable(aLabel->text()));
    if (!bError.isEmpty())
        QVERIFY2(bLabel->text().contains(bError), qPrintable(bLabel->text()));

    QSignalSpy submitted(&dialog, &BindingDialog::submitted);
    dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QCOMPARE(submitted.size(), aError.isEmpty() && bError.isEmpty() ? 1 : 0);
}

void TestForms::bindingRequestMapping()
{
    ManualClock clock;
    BindingDialog dialog(clock);
    dialog.setAppids({QStringLiteral("app1"), QStringLiteral("app2")}, QStringLiteral("app2"));
    dialog.setXNumbers({QStringLiteral("17000000001"), QStringLiteral("17000000002")});
    dialog.setNumbers(QStringLiteral("17000000002"), QStringLiteral("138-0013-8000"),
                      QStringLiteral("13900139000"));
    auto *ttl = dialog.findChild<QComboBox *>(QStringLiteral("ttlCombo"));
    ttl->setCurrentIndex(2); // 1 hour
    dialog.findChild<QComboBox *>(QStringLiteral("displayABCombo"))->setCurrentIndex(1);
    dialog.findChild<QLineEdit *>(QStringLiteral("anuAXEdit"))->setText(QStringLiteral("c2"));
    dialog.findChild<QLineEdit *>(QStringLiteral("ansanuEdit"))->setText(QStringLiteral("w1"));
    dialog.findChild<QLineEdit *>(QStringLiteral("userDataEdit"))
        ->setText(QStringLiteral("工单 7"));
    dialog.findChild<QCheckBox *>(QStringLiteral("base64Check"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("recordCheck"))->setChecked(true);
    const BindingRequest r = dialog.request();
    QCOMPARE(r.appid, QStringLiteral("app2"));
    QCOMPARE(r.x, QStringLiteral("17000000002"));
    QCOMPARE(r.anum, QStringLiteral("13800138000"));
    QCOMPARE(r.ttl, 3600);
    QCOMPARE(r.display, QStringLiteral("1,0"));
    QCOMPARE(r.anucode, QStringLiteral(",c2"));
    QCOMPARE(r.ansanu, QStringLiteral("w1"));
    QCOMPARE(r.record, 1);
    QCOMPARE(Validation::decodeUserData(r.userData).value_or(QString()), QStringLiteral("工单 7"));
    QVERIFY(Validation::validate(r).isEmpty());
    // The resulting expiry is shown in local time, from the injected clock.
    const QString expiry = dialog.findChild<QLabel *>(QStringLiteral("expiryLabel"))->text();
    const QString expected = QDateTime::fromMSecsSinceEpoch(clock.nowMs() + 3600'000)
                                 .toLocalTime()
                                 .toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(expiry.contains(expected), qPrintable(expiry));
    // Custom TTL
    ttl->setCurrentIndex(ttl->count() - 1);
    auto *ttlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("ttlEdit"));
    QVERIFY(ttlEdit->isEnabled());
    ttlEdit->setText(QStringLiteral("90"));
    QCOMPARE(dialog.request().ttl, 90);
}

void TestForms::bindingTtlAsShown_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("sent");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("preset");
    QTest::newRow("zero") << "0" << qint64(0) << "at least 1"
                          << "Custom…";
    QTest::newRow("empty") << "" << qint64(0) << "at least 1"
                           << "Custom…";
    QTest::newRow("huge") << "99999999999" << qint64(99999999999) << "at most 2147483647"
                          << "Custom…";
    QTest::newRow("beyond qint64")
        << "9999999999999999999" << Validation::MaxTtlSeconds + 1 << "at most 2147483647"
        << "Custom…";
    QTest::newRow("maximum") << "2147483647" << qint64(2147483647) << ""
                             << "Custom…";
    QTest::newRow("a preset typed") << "3600" << qint64(3600) << ""
                                    << "1 hour";
    QTest::newRow("one second") << "1" << qint64(1) << ""
                                << "Custom…";
}

// Issue 13: TTL 0 was silently replaced by 1800 and a huge one capped while the preset box
// still said 30 minutes. The form sends what it shows or refuses beside the field.
void TestForms::bindingTtlAsShown()
{
    QFETCH(QString, typed);
    QFETCH(qint64, sent);
    QFETCH(QString, error);
    QFETCH(QString, preset);
    ManualClock clock;
    BindingDialog dialog(clock);
    dialog.setAppids({QStringLiteral("app1")}, {});
    dialog.setXNumbers({QStringLiteral("17000000001")});
    dialog.setNumbers(QStringLiteral("17000000001"), QStringLiteral("13800138000"),
                      QStringLiteral("13900139000"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("ttlCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("30 minutes"));
    auto *ttlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("ttlEdit"));
    QVERIFY(ttlEdit->isEnabled()); // typing is possible without choosing "Custom" first
    ttlEdit->selectAll();
    QTest::keyClick(ttlEdit, Qt::Key_Backspace);
    QTest::keyClicks(ttlEdit, typed);
    QTest::keyClick(ttlEdit, Qt::Key_Tab); // leaving the field changes nothing
    QCOMPARE(ttlEdit->text(), typed);
    QCOMPARE(combo->currentText(), preset);
    QCOMPARE(dialog.request().ttl, sent);
    auto *ttlError = dialog.findChild<QLabel *>(QStringLiteral("ttlError"));
    QCOMPARE(ttlError->isVisible(), !error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(ttlError->text().contains(error), qPrintable(ttlError->text()));
    QSignalSpy submitted(&dialog, &BindingDialog::submitted);
    dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QCOMPARE(submitted.size(), error.isEmpty() ? 1 : 0);
    if (!submitted.isEmpty())
        QCOMPARE(submitted.first().first().value<BindingRequest>().ttl, sent);
}

// After a failed submit (refused by the form or by the platform) every field can be edited.
void TestForms::bindingFieldsAfterFailure()
{
    ManualClock clock;
    BindingDialog dialog(clock);
    dialog.setAppids({QStringLiteral("app1")}, {});
    dialog.setXNumbers({QStringLiteral("17000000001")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *aEdit = dialog.findChild<QLineEdit *>(QStringLiteral("aEdit"));
    auto *bEdit = dialog.findChild<QLineEdit *>(QStringLiteral("bEdit"));
    auto *ttlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("ttlEdit"));
    QTest::keyClicks(aEdit, QStringLiteral("12ab"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aError"))->isVisible());

    const auto everyFieldEditable = [&] {
        const QList<QWidget *> fields = {
            dialog.findChild<QComboBox *>(QStringLiteral("appidCombo")),
            dialog.findChild<QComboBox *>(QStringLiteral("xCombo")),
            aEdit,
            bEdit,
            dialog.findChild<QComboBox *>(QStringLiteral("ttlCombo")),
            ttlEdit,
            dialog.findChild<QCheckBox *>(QStringLiteral("recordCheck")),
            dialog.findChild<QComboBox *>(QStringLiteral("displayABCombo")),
            dialog.findChild<QComboBox *>(QStringLiteral("displayBACombo")),
            dialog.findChild<QLineEdit *>(QStringLiteral("anuBXEdit")),
            dialog.findChild<QLineEdit *>(QStringLiteral("ansanuEdit")),
            dialog.findChild<QLineEdit *>(QStringLiteral("userDataEdit")),
            dialog.findChild<QCheckBox *>(QStringLiteral("base64Check"))};
        for (QWidget *w : fields) {
            if (!w || !w->isEnabled())
                return false;
        }
        return true;
    };
    dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click(); // refused
    QVERIFY(everyFieldEditable());
    aEdit->setText(QStringLiteral("13800138000"));
    QTest::keyClicks(bEdit, QStringLiteral("13900139000"));
    dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    dialog.setSending(true);
    dialog.showPlatformError(1300, QStringLiteral("no such number"));
    QVERIFY(everyFieldEditable());
    dialog.setSending(true);
    dialog.showNetworkError(QStringLiteral("timeout"));
    QVERIFY(everyFieldEditable());
}

namespace {

// Where every input and button of a form is, relative to the form.
QMap<QString, QRect> fieldGeometry(QWidget *form)
{
    QMap<QString, QRect> out;
    for (QWidget *w : form->findChildren<QWidget *>()) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1StringView("qt_")) ||
            !w->isVisible())
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w))
            out.insert(w->objectName(), QRect(w->mapTo(form, QPoint()), w->size()));
    }
    return out;
}

QString moved(const QMap<QString, QRect> &before, const QMap<QString, QRect> &after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QRect now = after.value(it.key());
        if (now != it.value())
            out << QStringLiteral("%1: %2,%3 %4x%5 -> %6,%7 %8x%9")
                       .arg(it.key())
                       .arg(it.value().x())
                       .arg(it.value().y())
                       .arg(it.value().width())
                       .arg(it.value().height())
                       .arg(now.x())
                       .arg(now.y())
                       .arg(now.width())
                       .arg(now.height());
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

void TestForms::errorsDoNotMoveFields_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::newRow("binding A") << "binding"
                               << "aEdit"
                               << "1380abc"
                               << "aError";
    QTest::newRow("binding B") << "binding"
                               << "bEdit"
                               << "13800138000"
                               << "bError";
    QTest::newRow("binding TTL") << "binding"
                                 << "ttlEdit"
                                 << "0"
                                 << "ttlError";
    QTest::newRow("transfer A") << "transfer"
                                << "aEdit"
                                << "12x"
                                << "aError";
}

// An inline error appears in room kept for it and the field keeps its height: nothing moves
// (a style-sheet border made a line edit 4 px lower, which moved every field below it).
void TestForms::errorsDoNotMoveFields()
{
    QFETCH(QString, form);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    ManualClock clock;
    std::unique_ptr<QDialog> dialog;
    if (form == QLatin1StringView("binding")) {
        auto *d = new BindingDialog(clock);
        d->setAppids({QStringLiteral("app1")}, {});
        d->setXNumbers({QStringLiteral("17000000001")});
        dialog.reset(d);
    } else {
        auto *d = new TransferDialog(clock);
        d->setAppids({QStringLiteral("app1")}, {});
        d->setXNumbers({QStringLiteral("17000000001")});
        dialog.reset(d);
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *a = dialog->findChild<QLineEdit *>(QStringLiteral("aEdit"));
    QTest::keyClicks(a, QStringLiteral("13800138000"));
    QCoreApplication::processEvents();
    const QMap<QString, QRect> before = fieldGeometry(dialog.get());
    const QSize size = dialog->size();
    QVERIFY(before.size() >= 5);
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    QCoreApplication::processEvents();
    if (!errorLabel.isEmpty()) {
        auto *label = dialog->findChild<QLabel *>(errorLabel);
        QVERIFY(label);
        QVERIFY2(label->isVisible() && !label->text().isEmpty(), qPrintable(field));
    }
    QVERIFY(edit->property("pnInvalid").toBool());
    QCOMPARE(dialog->size(), size);
    QMap<QString, QRect> after = fieldGeometry(dialog.get());
    QVERIFY2(moved(before, after).isEmpty(), qPrintable(moved(before, after)));
    // And back: fixing the input moves nothing either.
    edit->clear();
    QTest::keyClicks(edit, field == QLatin1StringView("ttlEdit") ? QStringLiteral("600")
                                                                 : QStringLiteral("13900139000"));
    QCoreApplication::processEvents();
    QVERIFY(!edit->property("pnInvalid").toBool());
    after = fieldGeometry(dialog.get());
    QVERIFY2(moved(before, after).isEmpty(), qPrintable(moved(before, after)));
}

void TestForms::retryKeepsReqid()
{
    ManualClock clock;
    BindingDialog dialog(clock);
    dialog.setAppids({QStringLiteral("app1")}, {});
    dialog.setXNumbers({QStringLiteral("17000000001")});
    dialog.setNumbers(QStringLiteral("17000000001"), QStringLiteral("13800138000"),
                      QStringLiteral("13900139000"));
    QSignalSpy submitted(&dialog, &BindingDialog::submitted);
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
    create->click();
    QCOMPARE(submitted.size(), 1);
    const QString reqid = submitted.at(0).at(0).value<BindingRequest>().reqid;
    QCOMPARE(reqid, dialog.reqid());
    dialog.setSending(true);
    QVERIFY(!create->isEnabled());
    dialog.showPlatformError(1500, QStringLiteral("busy"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("1500")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("temporary")), qPrintable(error->text()));
    QCOMPARE(create->text(), QStringLiteral("Retry"));
    create->click();
    QCOMPARE(submitted.size(), 2);
    QCOMPARE(submitted.at(1).at(0).value<BindingRequest>().reqid, reqid);
    // Changing a parameter after a failure starts a new request.
    dialog.showNetworkError(QStringLiteral("timeout"));
    dialog.findChild<QLineEdit *>(QStringLiteral("bEdit"))->setText(QStringLiteral("13900139001"));
    QVERIFY(dialog.reqid() != reqid);
    QCOMPARE(create->text(), QStringLiteral("Create"));
}

void TestForms::conflictPrecheck()
{
    ManualClock clock;
    BindingDialog dialog(clock);
    dialog.setXNumbers({QStringLiteral("17000000001")});
    dialog.setConflictCheck([](const QString &x, const QString &a, const QString &b) {
        QStringList taken;
        if (x == QLatin1StringView("17000000001")) {
            if (a == QLatin1StringView("13800138000"))
                taken << a;
            if (b == QLatin1StringView("13800138000"))
                taken << b;
        }
        return taken;
    });
    dialog.show();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("conflictLabel"));
    QVERIFY(label->isHidden());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("aEdit")),
                     QStringLiteral("13800138000"));
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("1302")));
    QVERIFY(label->text().contains(QStringLiteral("13800138000")));
    QCOMPARE(dialog.conflictWarning(), label->text());
    dialog.findChild<QComboBox *>(QStringLiteral("xCombo"))
        ->setCurrentText(QStringLiteral("17000000009"));
    QVERIFY(label->isHidden());
}

void TestForms::transferForever()
{
    ManualClock clock;
    TransferDialog dialog(clock);
    dialog.setAppids({QStringLiteral("app1")}, {});
    dialog.setXNumbers({QStringLiteral("17000000001")});
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("aEdit")),
                     QStringLiteral("13800138000"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("expiryLabel"))
                ->text()
                .contains(QStringLiteral("Never")));
    dialog.findChild<QComboBox *>(QStringLiteral("displayCombo"))->setCurrentIndex(1);
    const TransferRequest r = dialog.request();
    QCOMPARE(r.ttl, 0);
    QCOMPARE(r.display, 1);
    QVERIFY(Validation::validate(r).isEmpty());
    QSignalSpy submitted(&dialog, &TransferDialog::submitted);
    dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QCOMPARE(submitted.size(), 1);
}

void TestForms::masking()
{
    QStandardItemModel source(0, 3);
    for (int i = 0; i < 3; ++i) {
        source.appendRow({new QStandardItem(QString::number(100 + i)),
                          new QStandardItem(QStringLiteral("1380013800%1").arg(i)),
                          new QStandardItem(QStringLiteral("1700000000%1").arg(i))});
    }
    MaskingProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setMaskedColumns({1});
    proxy.setKey(0, Qt::DisplayRole);
    QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("138****8000"));
    QCOMPARE(proxy.index(0, 2).data().toString(), QStringLiteral("17000000000"));
    QSignalSpy revealed(&proxy, &MaskingProxyModel::rowRevealed);
    proxy.revealRow(proxy.index(1, 0));
    QCOMPARE(revealed.size(), 1);
    QCOMPARE(revealed.at(0).at(0).toString(), QStringLiteral("101"));
    QCOMPARE(proxy.index(1, 1).data().toString(), QStringLiteral("13800138001"));
    QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("138****8000"));
    proxy.revealRow(proxy.index(1, 0)); // once only
    QCOMPARE(revealed.size(), 1);
    // The reveal follows the row when rows move.
    source.insertRow(0, {new QStandardItem(QStringLiteral("99")),
                         new QStandardItem(QStringLiteral("13900139000")),
                         new QStandardItem(QStringLiteral("x"))});
    QCOMPARE(proxy.index(2, 1).data().toString(), QStringLiteral("13800138001"));
    QSignalSpy all(&proxy, &MaskingProxyModel::revealAllChanged);
    proxy.setRevealAll(true);
    QCOMPARE(all.size(), 1);
    QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("13900139000"));
    proxy.maskAll();
    QCOMPARE(proxy.index(2, 1).data().toString(), QStringLiteral("138****8001"));
    QCOMPARE(proxy.index(2, 1).data(Qt::ToolTipRole).toString(), QString());
}

void TestForms::accountPanel_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<double>("balance");
    QTest::addColumn<double>("overdraft");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<QString>("warning");
    QTest::newRow("active rich") << 1 << 500.0 << 100.0 << 50.0 << "Active"
                                 << "";
    QTest::newRow("active poor") << 1 << 10.0 << 20.0 << 50.0 << "Active"
                                 << "below the warning";
    QTest::newRow("suspended") << 2 << 500.0 << 0.0 << 0.0 << "Suspended"
                               << "suspended";
    QTest::newRow("closed") << 3 << 500.0 << 0.0 << 0.0 << "Closed"
                            << "closed";
    QTest::newRow("trial") << 0 << 5.0 << 0.0 << 0.0 << "Trial"
                           << "trial";
}

void TestForms::accountPanel()
{
    QFETCH(int, state);
    QFETCH(double, balance);
    QFETCH(double, overdraft);
    QFETCH(double, threshold);
    QFETCH(QString, stateText);
    QFETCH(QString, warning);
    ManualClock clock;
    AccountPanel panel(clock);
    panel.show();
    panel.setThreshold(threshold);
    AccountStatus s;
    s.state = state;
    s.role = QStringLiteral("developer");
    s.balance = balance;
    s.overdraft = overdraft;
    s.createTimeMs = 1'600'000'000'000;
    s.updateTimeMs = 1'700'000'000'000;
    QSignalSpy refresh(&panel, &AccountPanel::refreshRequested);
    panel.setStatus(s);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("stateValue"))->text(), stateText);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("availableValue"))
                ->text()
                .contains(QLocale().toString(balance + overdraft, 'f', 2)));
    const QString created = panel.findChild<QLabel *>(QStringLiteral("createdValue"))->text();
    QCOMPARE(created, QDateTime::fromMSecsSinceEpoch(1'600'000'000'000)
                          .toLocalTime()
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    auto *warningLabel = panel.findChild<QLabel *>(QStringLiteral("warningLabel"));
    QCOMPARE(warningLabel->isVisible(), !warning.isEmpty());
    QVERIFY2(panel.warningText().contains(warning), qPrintable(panel.warningText()));
    panel.findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    QCOMPARE(refresh.size(), 1);
    panel.setAutoRefreshSeconds(60);
    QCOMPARE(panel.autoRefreshSeconds(), 60);
}

void TestForms::confirmHook()
{
    const int before = Confirm::askedCount();
    Confirm::setNextAnswer(false);
    QVERIFY(!Confirm::ask(nullptr, QStringLiteral("t"), QStringLiteral("Release 3?")));
    Confirm::setNextAnswer(true);
    QVERIFY(Confirm::ask(nullptr, QStringLiteral("t"), QStringLiteral("Release 4?")));
    QCOMPARE(Confirm::askedCount(), before + 2);
    QCOMPARE(Confirm::lastText(), QStringLiteral("Release 4?"));
}

void TestForms::chineseTexts()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    ManualClock clock;
    BindingDialog dialog(clock);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("新建绑定关系（AXB）"));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->text(),
             QStringLiteral("创建"));
    AccountPanel panel(clock);
    AccountStatus s;
    s.state = 2;
    panel.setStatus(s);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("stateValue"))->text(),
             QStringLiteral("已暂停"));
    // Switching back retranslates the open dialog at once.
    Language::install(QStringLiteral("en"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("New binding (AXB)"));
    QTRY_COMPARE(dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->text(),
                 QStringLiteral("Create"));
    QTRY_COMPARE(panel.findChild<QLabel *>(QStringLiteral("stateValue"))->text(),
                 QStringLiteral("Suspended"));
}

// Issue 13: Qt's own strings (OK/Cancel/Yes/No, the file dialog) stayed English in zh_CN.
// They come from qtbase_zh_CN.qm (Debian package qt6-translations-l10n, listed in dev.sh),
// installed next to the console's catalog and switched live with it.
void TestForms::qtOwnStringsFollowTheLanguage()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QMessageBox message(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                        QMessageBox::Yes | QMessageBox::No);
    box.show();
    message.show();
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QVERIFY2(Language::qtTranslationsLoaded(),
             "qtbase_zh_CN.qm not found: install qt6-translations-l10n");
    // Live: the open box and message box are retranslated, new ones start in Chinese.
    QTRY_COMPARE(box.button(QDialogButtonBox::Ok)->text().remove(QStringLiteral("(&O)")),
                 QStringLiteral("确定"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QStringLiteral("(&C)")),
             QStringLiteral("取消"));
    QTRY_VERIFY2(message.button(QMessageBox::Yes)->text().startsWith(QStringLiteral("是")),
                 qPrintable(message.button(QMessageBox::Yes)->text()));
    QVERIFY(message.button(QMessageBox::No)->text().startsWith(QStringLiteral("否")));
    QDialogButtonBox fresh(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QVERIFY(fresh.button(QDialogButtonBox::Cancel)->text().startsWith(QStringLiteral("取消")));
    QFileDialog files;
    files.setOption(QFileDialog::DontUseNativeDialog);
    QVERIFY2(files.findChild<QLabel *>(QStringLiteral("fileNameLabel"))
                 ->text()
                 .contains(QStringLiteral("文件")),
             qPrintable(files.findChild<QLabel *>(QStringLiteral("fileNameLabel"))->text()));
    Language::install(QStringLiteral("en"));
    QTRY_COMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
}

void TestForms::bindingDialogFitsTheScreen_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// A 1366x768 desk keeps about 700 px for a dialog under its title bar and above a taskbar: the
// New binding form, with an error under a field and the conflict notice shown, fits in that.
void TestForms::bindingDialogFitsTheScreen()
{
    QFETCH(QString, lang);
    QVERIFY(Language::install(lang));
    {
        BindingDialog dialog(SystemClock::instance());
        dialog.setAppids({QStringLiteral("app")}, QStringLiteral("app"));
        dialog.setXNumbers({QStringLiteral("17000000001")});
        auto *b = dialog.findChild<QLineEdit *>(QStringLiteral("bEdit"));
        QVERIFY(b);
        b->setText(QStringLiteral("1390013abc")); // an inline error
        auto *conflict = dialog.findChild<QLabel *>(QStringLiteral("conflictLabel"));
        QVERIFY(conflict);
        conflict->setText(QStringLiteral("A 13800138000 already has a live binding on "
                                         "17000000001: the platform would answer 1302."));
        conflict->setVisible(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Its natural size (the layout's, whatever screen the test runs on).
        const QSize natural = dialog.sizeHint();
        qInfo("New binding form in %s: %d x %d px", qPrintable(lang), natural.width(),
              natural.height());
        QVERIFY2(natural.height() <= 700, qPrintable(QString::number(natural.height())));
        QVERIFY2(natural.width() <= 1000, qPrintable(QString::number(natural.width())));
        // And it opens at that size, not squeezed to the .ui's 560 px.
        QVERIFY2(dialog.width() >= natural.width(), qPrintable(QString::number(dialog.width())));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(create && create->isVisible());
    }
    Language::install(QStringLiteral("en"));
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
