#include "ui/bulkdialog.h"

#include "session/bulkfile.h"
#include "session/console.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pn {

namespace {
constexpr int kPreviewRows = 50;
}

BulkDialog::BulkDialog(Console &console, BulkJob::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("bulkDialog"));
    setWindowTitle(kind == BulkJob::Kind::Bind ? tr("Bulk create from CSV")
                                               : tr("Bulk release from CSV"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(m_fileEdit);
    fileRow->addWidget(browseButton);
    form->addRow(tr("CSV file:"), fileRow);
    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Detect"), int(CsvReader::Encoding::Auto));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"), int(CsvReader::Encoding::Utf8));
    m_encodingCombo->addItem(QStringLiteral("GB18030"), int(CsvReader::Encoding::Gb18030));
    m_encodingLabel = new QLabel(this);
    m_encodingLabel->setObjectName(QStringLiteral("encodingLabel"));
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingCombo);
    encodingRow->addWidget(m_encodingLabel, 1);
    form->addRow(tr("Encoding:"), encodingRow);
    m_outEdit = new QLineEdit(this);
    m_outEdit->setObjectName(QStringLiteral("outEdit"));
    form->addRow(tr("Result file:"), m_outEdit);
    layout->addLayout(form);

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    layout->addWidget(m_progress);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    layout->addWidget(m_rate);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("Check all rows"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_startButton = buttons->addButton(kind == BulkJob::Kind::Bind ? tr("Create bindings")
                                                                   : tr("Release bindings"),
                                       QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_pauseButton = buttons->addButton(tr("Pause"), QDialogButtonBox::ActionRole);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton = buttons->addButton(tr("Stop sending"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &BulkDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this,
            [this] { setInputFile(m_fileEdit->text()); });
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &BulkDialog::showPreview);
    connect(m_checkButton, &QPushButton::clicked, this, &BulkDialog::checkAll);
    connect(m_startButton, &QPushButton::clicked, this, &BulkDialog::startJob);
    connect(m_pauseButton, &QPushButton::clicked, this, &BulkDialog::togglePause);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkDialog::cancelJob);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkDialog::reject);
    updateButtons();
}

BulkDialog::~BulkDialog() = default;

void BulkDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setInputFile(path);
}

void BulkDialog::setInputFile(const QString &path)
{
    if (m_fileEdit->text() != path)
        m_fileEdit->setText(path);
    if (m_outEdit->text().isEmpty() && !path.isEmpty()) {
        const QFileInfo info(path);
        m_outEdit->setText(
            info.dir().filePath(info.completeBaseName() + QStringLiteral("-result.csv")));
    }
    showPreview();
}

void BulkDialog::setResultFile(const QString &path)
{
    m_outEdit->setText(path);
}

BulkOptions BulkDialog::options(bool dryRun) const
{
    BulkOptions o;
    o.kind = m_kind;
    o.inPath = m_fileEdit->text();
    o.outPath = m_outEdit->text();
    o.encoding = CsvReader::Encoding(m_encodingCombo->currentData().toInt());
    o.dryRun = dryRun;
    if (const auto p = m_console.currentProfile())
        o.defaultAppid = p->effectiveDefaultAppid();
    return o;
}

void BulkDialog::showPreview()
{
    m_previewModel->clear();
    m_summary->clear();
    const BulkOptions o = options(true);
    if (o.inPath.isEmpty())
        return;
    QString error;
    auto input = BulkFile::read(o.inPath, m_kind, o.encoding, o.defaultAppid, &error, kPreviewRows);
    if (!input) {
        m_encodingLabel->clear();
        m_summary->setText(error);
        updateButtons();
        return;
    }
    if (const auto p = m_console.currentProfile())
        BulkFile::checkConflicts(*input, m_console.ledger(), p->id);
    m_encodingLabel->setText(tr("Detected: %1").arg(CsvReader::encodingName(input->encoding)));
    QStringList header = input->header;
    header.prepend(tr("Check"));
    m_previewModel->setHorizontalHeaderLabels(header);
    for (const BulkRow &row : std::as_const(input->rows)) {
        QList<QStandardItem *> items;
        auto *check = new QStandardItem(row.valid() ? tr("OK") : row.error);
        check->setToolTip(row.error);
        if (!row.valid())
            check->setForeground(QColor(0xb0, 0x20, 0x20));
        items << check;
        for (const QString &f : row.fields)
            items << new QStandardItem(f);
        m_previewModel->appendRow(items);
    }
    m_summary->setText(tr("First %n row(s) shown; check all rows before sending.", nullptr,
                          int(input->rows.size())));
    updateButtons();
}

void BulkDialog::checkAll()
{
    if (!m_console.service() || !m_console.client()) {
        m_summary->setText(tr("Choose a profile whose key is available first."));
        return;
    }
    BulkRunner runner(m_console.ledger(), *m_console.service(), *m_console.client());
    BulkOptions o = options(true);
    o.outPath.clear(); // a check writes nothing
    QString error;
    if (!runner.prepare(o, &error)) {
        m_summary->setText(error);
        return;
    }
    int invalid = 0;
    int conflicts = 0;
    QStringList reasons;
    for (const BulkRow &r : runner.input().rows) {
        if (r.valid())
            continue;
        if (r.errorCode == 1302)
            ++conflicts;
        else
            ++invalid;
        if (reasons.size() < 5)
            reasons << tr("row %1: %2").arg(r.rowNo).arg(r.error);
    }
    const int valid = runner.input().validCount();
    QString text = tr("%1 valid, %2 invalid, %3 conflicts (would be 1302).")
                       .arg(valid)
                       .arg(invalid)
                       .arg(conflicts);
    if (!reasons.isEmpty())
        text += u'\n' + reasons.join(u'\n');
    m_summary->setText(text);
}

void BulkDialog::startJob()
{
    if (!m_console.service() || !m_console.client()) {
        m_summary->setText(tr("Choose a profile whose key is available first."));
        return;
    }
    m_runner =
        std::make_unique<BulkRunner>(m_console.ledger(), *m_console.service(), *m_console.client());
    QString error;
    if (!m_runner->prepare(options(false), &error)) {
        m_summary->setText(error);
        m_runner.reset();
        updateButtons();
        return;
    }
    connect(m_runner.get(), &BulkRunner::progressChanged, this, &BulkDialog::showProgress);
    connect(m_runner.get(), &BulkRunner::finished, this, &BulkDialog::onFinished);
    const BulkProgress p = m_runner->progress();
    m_progress->setRange(0, qMax(1, p.total));
    if (m_runner->resumed())
        m_summary->setText(tr("Resuming job %1: %2 of %3 rows done.")
                               .arg(m_runner->job().id)
                               .arg(p.done)
                               .arg(p.total));
    else
        m_summary->setText(tr("Job %1: %2 rows, %3 valid.")
                               .arg(m_runner->job().id)
                               .arg(p.total)
                               .arg(m_runner->input().validCount()));
    m_runner->start();
    updateButtons();
}

void BulkDialog::togglePause()
{
    if (!m_runner || !m_runner->isRunning())
        return;
    if (m_runner->isPaused())
        m_runner->resume();
    else
        m_runner->pause();
    updateButtons();
}

void BulkDialog::cancelJob()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    updateButtons();
}

void BulkDialog::showProgress(const BulkProgress &p)
{
    m_progress->setRange(0, qMax(1, p.total));
    m_progress->setValue(p.done + p.refused + p.invalid);
    QString eta = tr("unknown");
    if (p.etaMs >= 0)
        eta = tr("%1 s").arg((p.etaMs + 999) / 1000);
    m_rate->setText(tr("%1 done, %2 refused, %3 invalid, %4 to go · %5 rows/s · ETA %6 · %7 in "
                       "flight")
                        .arg(p.done)
                        .arg(p.refused)
                        .arg(p.invalid)
                        .arg(p.pending)
                        .arg(p.rowsPerSecond, 0, 'f', 0)
                        .arg(eta)
                        .arg(p.inFlight));
    if (p.waitingForLedger)
        m_rate->setText(m_rate->text() + u'\n' +
                        tr("Waiting for the team ledger: nothing is sent until it is back, then "
                           "the job goes on by itself."));
}

void BulkDialog::onFinished()
{
    const BulkProgress p = m_runner->progress();
    showProgress(p);
    QString text = tr("Finished: %1 done, %2 refused, %3 invalid, %4 not sent or without an "
                      "answer.")
                       .arg(p.done)
                       .arg(p.refused)
                       .arg(p.invalid)
                       .arg(p.pending);
    if (!m_runner->resultError().isEmpty())
        text += u'\n' + m_runner->resultError();
    else
        text += u'\n' + tr("Result file: %1").arg(m_outEdit->text());
    m_summary->setText(text);
    updateButtons();
    Q_EMIT jobFinished();
}

void BulkDialog::updateButtons()
{
    const bool running = m_runner && m_runner->isRunning();
    const bool haveFile = !m_fileEdit->text().isEmpty();
    m_checkButton->setEnabled(!running && haveFile);
    m_startButton->setEnabled(!running && haveFile && !m_outEdit->text().isEmpty());
    m_pauseButton->setEnabled(running);
    m_pauseButton->setText(running && m_runner->isPaused() ? tr("Resume") : tr("Pause"));
    m_cancelButton->setEnabled(running);
    m_fileEdit->setEnabled(!running);
    m_outEdit->setEnabled(!running);
    m_encodingCombo->setEnabled(!running);
}

QString BulkDialog::summaryText() const
{
    return m_summary->text();
}

QString BulkDialog::progressText() const
{
    return m_rate->text();
}

void BulkDialog::reject()
{
    // Closing while sending stops sending; the rows in flight finish, and the job stays in the
    // ledger for a later resume.
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        if (m_runner->isRunning()) {
            connect(this, &BulkDialog::jobFinished, this, &QDialog::reject,
                    Qt::SingleShotConnection);
            return;
        }
    }
    QDialog::reject();
}

} // namespace pn
