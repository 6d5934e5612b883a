package org.voicebench.macro.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/**
 * A player in its own process, for the test that kills it: {@code PlayerProcess MACRO.json PHONES.csv JOURNAL
 * CONCURRENCY USER}, password from VOICEBENCH_PASSWORD.
 */
public final class PlayerProcess {

    private PlayerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Macro macro = MacroJson.read(Path.of(args[0]));
        List<PhoneEntry> phones = InventoryCsv.read(Files.readString(Path.of(args[1])), args[1]);
        PhoneCredentials creds = new PhoneCredentials(args[4], System.getenv("VOICEBENCH_PASSWORD").toCharArray());
        try (PhoneClient client = new PhoneClient(PhoneClientSettings.defaults(), CredentialsProvider.fixed(creds))) {
            MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(),
                    PlayerSettings.defaults().withConcurrency(Integer.parseInt(args[3])))
                    .start(macro, phones, RunOptions.defaults().withJournal(Path.of(args[2]), true));
            run.await(Duration.ofMinutes(5));
        }
    }
}
