#include "charts/ChartPanel.h"

#include "FileDialog.h"
#include "MessageBox.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

/// A file name from the chart's title: "Participation by format" → "participation-by-format".
QString fileNameOf(const QString& title)
{
    QString name;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber()) {
            name += c;
        } else if (!name.endsWith(QLatin1Char('-'))) {
            name += QLatin1Char('-');
        }
    }
    while (name.endsWith(QLatin1Char('-'))) {
        name.chop(1);
    }
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

} // namespace

ChartPanel::ChartPanel(const QString& title, QWidget* content, QWidget* parent)
    : QFrame(parent)
    , m_content(content)
{
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("chartTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_menu = new QMenu(this);
    auto* copy = m_menu->addAction(tr("&Copy the chart"), this, &ChartPanel::copyToClipboard);
    copy->setObjectName(QStringLiteral("copyChartAction"));
    m_menu->addSeparator();
    const QList<std::pair<FileType, QString>> saves{{FileType::Png, tr("Save as &PNG…")},
                                                    {FileType::Svg, tr("Save as &SVG…")},
                                                    {FileType::Pdf, tr("Save as P&DF…")}};
    const QStringList names{QStringLiteral("savePngAction"), QStringLiteral("saveSvgAction"),
                            QStringLiteral("savePdfAction")};
    for (qsizetype i = 0; i < saves.size(); ++i) {
        const FileType type = saves.at(i).first;
        QAction* action =
            m_menu->addAction(saves.at(i).second, this, [this, type] { saveWithDialog(type); });
        action->setObjectName(names.at(i));
    }
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("chartMenuButton"));
    m_menuButton->setText(tr("…", "menu of a chart"));
    m_menuButton->setToolTip(tr("Copy or save this chart"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setMenu(m_menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->hide();

    content->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(content, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { showMenu(m_content->mapToGlobal(at)); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_menuButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

QString ChartPanel::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ChartPanel::showContent()
{
    m_stack->setCurrentWidget(m_content);
    m_menuButton->setEnabled(true);
}

void ChartPanel::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_menuButton->setEnabled(false);
    setNote({});
}

void ChartPanel::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ChartPanel::note() const
{
    return m_note->text();
}

QImage ChartPanel::image() const
{
    return m_content->grab().toImage();
}

void ChartPanel::copyToClipboard() const
{
    QGuiApplication::clipboard()->setImage(image());
}

bool ChartPanel::saveAs(const QString& path, FileType type, QString* error) const
{
    const QSize size = m_content->size();
    switch (type) {
    case FileType::Png:
        if (!image().save(path, "PNG")) {
            *error = tr("The picture could not be written to %1.").arg(path);
            return false;
        }
        return true;
    case FileType::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(title());
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("The picture could not be written to %1.").arg(path);
            return false;
        }
        m_content->render(&painter);
        return painter.end();
    }
    case FileType::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(title());
        pdf.setCreator(QStringLiteral("TRUC²"));
        pdf.setResolution(96);
        // A page exactly the chart's size (at 96 dpi), so that nothing is cut or squeezed.
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, title(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins({0, 0, 0, 0});
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("The document could not be written to %1.").arg(path);
            return false;
        }
        m_content->render(&painter);
        return painter.end();
    }
    }
    return false;
}

void ChartPanel::saveWithDialog(FileType type)
{
    QString filter;
    QString extension;
    switch (type) {
    case FileType::Png:
        filter = tr("PNG pictures (*.png)");
        extension = QStringLiteral(".png");
        break;
    case FileType::Svg:
        filter = tr("SVG drawings (*.svg)");
        extension = QStringLiteral(".svg");
        break;
    case FileType::Pdf:
        filter = tr("PDF documents (*.pdf)");
        extension = QStringLiteral(".pdf");
        break;
    }
    const QString path = FileDialog::saveFileName(
        this, tr("Save the chart"), fileNameOf(title()) + extension, filter, extension);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveAs(path, type, &error)) {
        MessageBox::warning(this, tr("Save the chart"), error);
    }
}

void ChartPanel::showMenu(const QPoint& globalPosition)
{
    if (m_stack->currentWidget() == m_content) {
        m_menu->popup(globalPosition);
    }
}

} // namespace truc2::ui
