package org.voicebench.cli.phone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.Screenshot;
import org.voicebench.phone.model.ImageFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code phone screenshot ADDRESS -o FILE}: saves what the phone's screen shows. */
@Command(name = "screenshot",
        sortOptions = false,
        description = {
            "Saves what the phone's screen shows to a file.",
            "Saves /CGI/Screenshot to FILE, replacing it atomically. The phone's bytes are kept "
                    + "as sent (PNG on 78xx/88xx, BMP on 79xx), except that a BMP is converted when FILE ends in .png."},
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, "      or FILE could not be written", PhoneCommand.EXIT_USAGE})
public final class ScreenshotCommand implements Callable<Integer> {

    @Mixin
    PhoneTarget target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "where to save it, e.g. screen.png")
    String output;

    @ParentCommand
    PhoneCommand parent;

    @Override
    public Integer call() {
        PhoneAddress address = target.address();
        Path file = OutputFile.check(target, output, "screen.png");
        try (PhoneClient client = target.client(parent.environment())) {
            Phone phone = client.phone(address);
            Screenshot shot = phone.screenshot();
            boolean convert = wantsPng(file) && shot.format() != ImageFormat.PNG;
            try {
                AtomicFiles.write(file, convert ? png(shot) : shot.bytes());
            } catch (IOException e) {
                target.err().println(address + ": cannot write " + file + ": " + e.getMessage());
                return PhoneCommand.FAILED;
            }
            ImageFormat saved = convert ? ImageFormat.PNG : shot.format();
            target.out().println(address + ": saved " + file + " (" + saved + ", " + shot.width() + "x" + shot.height()
                    + (convert ? ", converted from " + shot.format() : "") + ")");
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + saved.extension())) {
                target.err().println(address + ": note: " + file + " holds " + saved + " data as the phone sent it"
                        + " (only a name ending in .png converts)");
            }
            return 0;
        } catch (PhoneException e) {
            return target.report(e);
        }
    }

    private static boolean wantsPng(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private static byte[] png(Screenshot shot) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (!ImageIO.write(shot.image(), "png", b)) {
            throw new IOException("no PNG writer for a " + shot.format() + " image of type " + shot.image().getType());
        }
        return b.toByteArray();
    }
}
