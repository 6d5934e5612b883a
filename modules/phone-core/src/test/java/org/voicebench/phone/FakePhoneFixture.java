package org.voicebench.phone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh {@link FakePhone} and client for each test; tests that talk to one fake phone extend this. */
abstract class FakePhoneFixture {

    FakePhone fake;
    PhoneClient client;

    @BeforeEach
    void startFakePhone() throws Exception {
        fake = new FakePhone();
        client = TestSupport.client();
    }

    @AfterEach
    void stopFakePhone() throws Exception {
        client.close();
        fake.close();
    }
}
