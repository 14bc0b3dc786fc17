package io.jbindgen.javadiff;

import java.util.List;

/**
 * A public generated type.
 *
 * @param name its fully qualified name ({@code org.example.LguestDeviceDesc}, nested types with dots)
 * @param simpleName its simple name
 * @param cLink the C declaration its Javadoc names first ({@code struct lguest_device_desc}), or {@code null}
 * @param members its public members, in source order
 */
public record ApiType(String name, String simpleName, String cLink, List<ApiMember> members) {
    public ApiType {
        members = List.copyOf(members);
    }

    /** {@return the member with {@code key}, or {@code null}} */
    public ApiMember member(String key) {
        for (ApiMember m : members) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }
}
