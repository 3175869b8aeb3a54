// Writes the XLSX test files that libxlsxwriter makes (the other ones: tests/data/make_spreadsheets.py):
//   make_xlsx_sheets OUTDIR
// - formule.xlsx: shared strings, formulas with a cached value (number and text), a date, a boolean;
// - groot-100k.xlsx: 100,000 rows written in constant_memory mode (inline strings, a row at a time).
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

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "gebruik: make_xlsx_sheets UITVOERMAP\n");
        return 2;
    }
    const std::string out = argv[1];
    if (!formule(out) || !groot(out)) {
        std::fprintf(stderr, "make_xlsx_sheets: kan niet schrijven in %s\n", argv[1]);
        return 1;
    }
    return 0;
}
