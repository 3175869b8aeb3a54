// Writes the XLSX test files that libxlsxwriter makes (the other ones: tests/data/make_spreadsheets.py):
//   make_xlsx_sheets OUTDIR
// - formule.xlsx: shared strings, formulas with a cached value (number and text), a date, a boolean;
// - groot-100k.xlsx: 100,000 rows written in constant_memory mode (inline strings, a row at a time);
// - teamblad.xlsx: a team's own sheet, for the import through a profile (spreadsheetimporter_test).
// The tests (tests/reporting/xlsxsource_test.cpp) assert what this file writes: change them together.
#include <xlsxwriter.h>

#include <cstdio>
#include <initializer_list>
#include <string>

namespace {

void writeHeader(lxw_worksheet* sheet, std::initializer_list<const char*> names)
{
    lxw_col_t column = 0;
    for (const char* name : names)
        worksheet_write_string(sheet, 0, column++, name, nullptr);
}

bool formule(const std::string& out)
{
    lxw_workbook* book = workbook_new((out + "/formule.xlsx").c_str());
    if (!book)
        return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Berekend");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd-mm-yyyy");
    writeHeader(sheet, {"Naam", "Score", "Dubbel", "Datum", "Groet", "Actief"});
    for (int row = 1; row <= 2; ++row) {
        worksheet_write_string(sheet, row, 0, "Jansen", nullptr); // the same shared string twice
        worksheet_write_number(sheet, row, 1, 20 + row, nullptr);
        worksheet_write_formula_num(sheet, row, 2, row == 1 ? "=B2*2" : "=B3*2", nullptr, 2.0 * (20 + row));
    }
    lxw_datetime day = {2016, 6, 14, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 3, &day, date);
    worksheet_write_formula_str(sheet, 1, 4, "=\"Dag \"&A2", nullptr, "Dag Jansen");
    worksheet_write_boolean(sheet, 1, 5, 1, nullptr);
    workbook_add_worksheet(book, "Leeg");
    return workbook_close(book) == LXW_NO_ERROR;
}

bool groot(const std::string& out)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt((out + "/groot-100k.xlsx").c_str(), &options);
    if (!book)
        return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Inwoners");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "d-m-yyyy");
    writeHeader(sheet, {"Ref", "Datum", "Score", "Naam"});
    // Row n (Excel's number, 2..100000): DW-<n, 6 digits>, 1 January 2016 + (n mod 1000) days, (n mod 10) + 0.5,
    // "Inwoner <n>".
    for (int n = 2; n <= 100000; ++n) {
        const lxw_row_t row = lxw_row_t(n - 1);
        char ref[16];
        std::snprintf(ref, sizeof ref, "DW-%06d", n);
        worksheet_write_string(sheet, row, 0, ref, nullptr);
        worksheet_write_number(sheet, row, 1, 42370 + n % 1000, date); // 42370 is 1 January 2016
        worksheet_write_number(sheet, row, 2, n % 10 + 0.5, nullptr);
        worksheet_write_string(sheet, row, 3, ("Inwoner " + std::to_string(n)).c_str(), nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

// teamblad.xlsx: a team's own sheet as it comes from Excel (tests/reporting/spreadsheetimporter_test.cpp): a cover
// sheet first, then "Metingen 2016" with a merged title row above the header (the header is row 2), a header with a
// trailing space, date cells, a date typed as text, an Excel serial without a date style, a word from a value list,
// a formula with its cached value, an empty row and a 6 in a 1-5 column.
bool teamblad(const std::string& out)
{
    lxw_workbook* book = workbook_new((out + "/teamblad.xlsx").c_str());
    if (!book)
        return false;
    lxw_worksheet* voorblad = workbook_add_worksheet(book, "Voorblad");
    worksheet_write_string(voorblad, 0, 0, "Wijkteam Noord, niet wijzigen", nullptr);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Metingen 2016");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd-mm-yyyy");
    worksheet_merge_range(sheet, 0, 0, 0, 5, "Wijkteam Noord: metingen", nullptr);
    worksheet_merge_range(sheet, 0, 6, 0, 8, "Tabel 1 (zelfbeeld)", nullptr);
    const char* header[]
        = {"Ref", "Naam ", "Geb.datum", "Gemeente", "Datum meting", "Wie", "V1", "V2", "V3", "Financi\xC3\xABn"};
    for (lxw_col_t c = 0; c < 10; ++c)
        worksheet_write_string(sheet, 1, c, header[c], nullptr);
    lxw_datetime born = {1971, 3, 2, 0, 0, 0};
    lxw_datetime first = {2016, 6, 14, 0, 0, 0};
    // Row 3: dates as date cells, "Mee eens" (4), a number, a formula whose cached value is 3, a cross.
    worksheet_write_string(sheet, 2, 0, "ENS-1", nullptr);
    worksheet_write_string(sheet, 2, 1, "A. de Vries  ", nullptr);
    worksheet_write_datetime(sheet, 2, 2, &born, date);
    worksheet_write_string(sheet, 2, 3, "Enschede", nullptr);
    worksheet_write_datetime(sheet, 2, 4, &first, date);
    worksheet_write_string(sheet, 2, 5, "inwoner", nullptr);
    worksheet_write_string(sheet, 2, 6, "Mee eens", nullptr);
    worksheet_write_number(sheet, 2, 7, 4, nullptr);
    worksheet_write_formula_num(sheet, 2, 8, "=1+2", nullptr, 3);
    worksheet_write_string(sheet, 2, 9, "x", nullptr);
    // Row 4 stays empty. Row 5: the same inwoner later, the date typed as text.
    worksheet_write_string(sheet, 4, 0, "ENS-1", nullptr);
    worksheet_write_string(sheet, 4, 1, "A. de Vries", nullptr);
    worksheet_write_datetime(sheet, 4, 2, &born, date);
    worksheet_write_string(sheet, 4, 3, "Enschede", nullptr);
    worksheet_write_string(sheet, 4, 4, "1-12-2016", nullptr);
    worksheet_write_string(sheet, 4, 5, "inwoner", nullptr);
    for (lxw_col_t c = 6; c <= 8; ++c)
        worksheet_write_number(sheet, 4, c, 5, nullptr);
    worksheet_write_string(sheet, 4, 9, "nee", nullptr);
    // Rows 6 and 7: another inwoner; the professional's row dated by a bare serial (42535 is 14 June 2016), then
    // the inwoner's row with a 6.
    for (lxw_row_t r = 5; r <= 6; ++r) {
        worksheet_write_string(sheet, r, 0, "HGL-2", nullptr);
        worksheet_write_string(sheet, r, 1, "B. Smit", nullptr);
        worksheet_write_string(sheet, r, 2, "05-01-1980", nullptr);
        worksheet_write_string(sheet, r, 3, "Hengelo", nullptr);
    }
    worksheet_write_number(sheet, 5, 4, 42535, nullptr);
    worksheet_write_string(sheet, 5, 5, "professional", nullptr);
    worksheet_write_string(sheet, 5, 9, "n.v.t.", nullptr);
    worksheet_write_datetime(sheet, 6, 4, &first, date);
    worksheet_write_string(sheet, 6, 5, "inwoner", nullptr);
    worksheet_write_number(sheet, 6, 6, 6, nullptr);
    return workbook_close(book) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "gebruik: make_xlsx_sheets UITVOERMAP\n");
        return 2;
    }
    const std::string out = argv[1];
    if (!formule(out) || !groot(out) || !teamblad(out)) {
        std::fprintf(stderr, "make_xlsx_sheets: kan niet schrijven in %s\n", argv[1]);
        return 1;
    }
    return 0;
}
