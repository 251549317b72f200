import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws an app's icon as a PNG (run as {@code java installer/Icon.java kiosk|counter OUT.png}): a rounded square
 * in the app's colour with a shop awning and the app's letter. Drawn at build time, so no image is kept in git.
 */
public class Icon {
    public static void main(String[] args) throws Exception {
        boolean kiosk = args[0].equals("kiosk");
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(kiosk ? new Color(0x0B6E4F) : new Color(0x1F4E8C));
        g.fill(new RoundRectangle2D.Double(8, 8, size - 16, size - 16, 56, 56));
        // the awning: five stripes and a scalloped edge
        int top = 44;
        int stripe = (size - 80) / 5;
        for (int i = 0; i < 5; i++) {
            g.setColor(i % 2 == 0 ? Color.WHITE : new Color(0xF2C14E));
            g.fillRect(40 + i * stripe, top, stripe, 44);
            g.fillOval(40 + i * stripe, top + 44 - stripe / 2, stripe, stripe);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10));
        g.drawRoundRect(56, 120, size - 112, 96, 16, 16);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 80));
        String letter = kiosk ? "K" : "C";
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(letter, (size - metrics.stringWidth(letter)) / 2, 120 + (96 + metrics.getAscent()) / 2 - 10);
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }
}
