package nl.connectedstore.scan;

import com.google.zxing.Binarizer;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;

/**
 * ZXing's hybrid binarizer thresholds each 8x8 block against its neighbourhood for 2D codes, but hands 1D
 * readers rows cut with one threshold per row (its global-histogram parent), which loses bars where light
 * falls unevenly across a code. This one gives 1D readers the rows of the locally thresholded matrix
 * instead, as zxing-cpp does.
 */
final class LocalRowBinarizer extends Binarizer {

    private final HybridBinarizer hybrid;

    LocalRowBinarizer(LuminanceSource source) {
        super(source);
        this.hybrid = new HybridBinarizer(source);
    }

    @Override
    public BitArray getBlackRow(int y, BitArray row) throws NotFoundException {
        BitMatrix matrix = hybrid.getBlackMatrix();
        if (row == null || row.getSize() < matrix.getWidth()) {
            row = new BitArray(matrix.getWidth());
        }
        return matrix.getRow(y, row);
    }

    @Override
    public BitMatrix getBlackMatrix() throws NotFoundException {
        return hybrid.getBlackMatrix();
    }

    @Override
    public Binarizer createBinarizer(LuminanceSource source) {
        return new LocalRowBinarizer(source);
    }
}
