package org.voicebench.cli.personalize;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.personalize.Backgrounds;
import org.voicebench.personalize.ModelBackground;
import org.voicebench.personalize.PersonalizeInputException;
import org.voicebench.personalize.RingTone;
import org.voicebench.personalize.RingTones;
import org.voicebench.personalize.SourceImages;
import org.voicebench.personalize.TftpExport;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code personalize export}: the background and ring tone files for CUCM's TFTP server, with their list files. */
@Command(name = "export",
        sortOptions = false,
        description = {
            "Writes the files for CUCM's TFTP server, for users to pick on the phone: Desktops/<W>x<H>x<depth>/NAME.png,"
                    + " TN-NAME.png and List.xml for each size of the --models, NAME.raw with Ringlist.xml and NAME.rwb with"
                    + " Ringlist-wb.xml for --ringtone. Lists already in DIR are added to (50 entries at most).",
            "Upload DIR's contents to every TFTP node (OS Administration > Software Upgrades > TFTP File Management) and"
                    + " restart the TFTP service. Enable End User Access to Phone Background Image Setting and a product-specific"
                    + " Background Image cannot be used together."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   written", "  2   input error: image, sound, a model without a size, a list full or in the wrong case,"
                + " DIR not writable", " 64   usage error"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--background", paramLabel = "IMAGE", description = "the picture (PNG or JPEG)")
    Path background;

    @Option(names = "--models", paramLabel = "MODEL[,MODEL...]", split = ",",
            description = "the models to make the picture for, e.g. 7941,7965,8845; 'all' for every model with a known size")
    List<String> models;

    @Option(names = "--ringtone", paramLabel = "AUDIO", description = "the sound (WAV, AIFF, AU)")
    Path ringtone;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the folder to write (created if missing)")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "VoiceBench",
            description = "the files' base name: 1-21 letters, digits, '-' or '_' (default ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--display-name", paramLabel = "TEXT",
            description = "the ring tone's name on the phone's menu, at most 25 characters (default: NAME)")
    String displayName;

    @Option(names = "--fit", paramLabel = "crop|letterbox", defaultValue = "crop",
            description = "crop to fill (default) or letterbox with black bars")
    String fit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (background == null && ringtone == null) {
            throw new ParameterException(spec.commandLine(), "nothing to export: give --background IMAGE, --ringtone AUDIO or both");
        }
        if (background != null && (models == null || models.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--background needs --models MODEL[,MODEL...] (or --models all)");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<ModelBackground> images = List.of();
            if (background != null) {
                List<ModelProfile> profiles = profiles();
                for (String m : Backgrounds.unsupported(profiles)) {
                    err.println(spec.qualifiedName() + ": note: model " + m + " has no known background size; skipped");
                }
                images = Backgrounds.forModels(SourceImages.read(background), profiles, Fits.parse(fit, spec.commandLine()));
                if (images.isEmpty()) {
                    throw new PersonalizeInputException("none of the models " + models + " has a known background size");
                }
            }
            RingTone tone = ringtone == null ? null : RingTones.convert(ringtone);
            TftpExport.Result r = TftpExport.write(output, name, images, tone, displayName == null ? name : displayName);
            PrintWriter out = spec.commandLine().getOut();
            for (ModelBackground b : images) {
                out.println(b.directory() + ": " + String.join(", ", b.models()));
            }
            if (tone != null && tone.trimmed()) {
                err.println(spec.qualifiedName() + ": note: the sound lasts " + String.format(Locale.ROOT, "%.1f",
                        tone.sourceSeconds()) + " s; cut to " + String.format(Locale.ROOT, "%.2f", tone.narrowbandSeconds())
                        + " s (.raw) and " + String.format(Locale.ROOT, "%.2f", tone.widebandSeconds()) + " s (.rwb)");
            }
            out.println(r.written().size() + " file(s) written to " + output);
            out.flush();
            return ExitCodes.OK;
        } catch (PersonalizeInputException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } finally {
            err.flush();
        }
    }

    private List<ModelProfile> profiles() throws PersonalizeInputException {
        ModelProfiles all = ModelProfiles.builtIn();
        if (models.size() == 1 && models.get(0).equalsIgnoreCase("all")) {
            return all.all().stream().filter(p -> p.personalization().backgroundImage().isPresent()).toList();
        }
        List<ModelProfile> out = new ArrayList<>();
        for (String m : models) {
            out.add(all.find(m).orElseThrow(() -> new PersonalizeInputException("--models: no profile for model \"" + m
                    + "\"; known: " + all.all().stream().map(ModelProfile::model).toList())));
        }
        return out;
    }
}
