package id.meritasn.imports;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/** Cells formatted as dates read as ISO dates (2020-04-01), whatever the sheet's display format; others as shown. */
final class IsoDates extends DataFormatter {

    IsoDates() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(
            double value, int formatIndex, @Nullable String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing)
                    .toLocalDate()
                    .toString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
