package org.voicebench.remote.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.remote.ui.api.PhonesService;

/** {@link PhonesService} over the application's {@link RemoteServices}. */
@ServiceProvider(service = PhonesService.class)
public final class ApplicationPhones implements PhonesService {

    @Override
    public List<PhoneEntry> phones() {
        return RemoteServices.getDefault().list().inventory().phones();
    }

    @Override
    public PhoneClient client() {
        return RemoteServices.getDefault().client();
    }

    @Override
    public ModelProfiles profiles() {
        return RemoteServices.getDefault().profiles();
    }

    @Override
    public void keysUsed(Map<PhoneAddress, KeyTransport> used) {
        RemoteServices.getDefault().list().setKeys(used);
    }

    @Override
    public void refreshStatus(Collection<PhoneEntry> touched) {
        RemoteServices.getDefault().refreshStatus(touched);
    }
}
