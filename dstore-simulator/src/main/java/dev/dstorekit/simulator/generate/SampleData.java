package dev.dstorekit.simulator.generate;

import dev.dstorekit.api.pos.model.AddressDetail;

import java.util.List;

/** Made-up Singapore buyers and addresses for generated orders. None of them is a real person. */
final class SampleData {

    record Person(String name, String phoneNo, String email) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Tan Wei Ming", "+6591234567", null),
            new Person("Siti Nurhaliza", "+6598765432", "siti@example.com"),
            new Person("Rajesh Kumar", "+6581112233", "rajesh.k@example.com"),
            new Person("Lim Mei Ling", "+6590001122", null),
            new Person("Muhammad Hafiz", "+6587654321", null),
            new Person("Chua Kai Xuan", "+6593334455", "kx.chua@example.com"),
            new Person("Priya Nair", "+6582223344", null),
            new Person("Wong Jia Hui", "+6596667788", "jiahui.w@example.com"));

    static final List<AddressDetail> ADDRESSES = List.of(
            new AddressDetail().addressDetail("50 Marine Parade Road, Singapore").blockNo("50").floorNo("08").unitNo("08-12")
                    .postCode("449269").latitude("1.302560").longitude("103.906210").additionalInformation("Leave at the door, ring the bell"),
            new AddressDetail().addressDetail("12 Tampines Street 11, Singapore").blockNo("12").floorNo("04").unitNo("04-233")
                    .postCode("521012").latitude("1.348500").longitude("103.944900"),
            new AddressDetail().addressDetail("1 Raffles Place, Singapore").floorNo("20").unitNo("20-01")
                    .postCode("048616").latitude("1.284400").longitude("103.851000").additionalInformation("Reception on level 20"),
            new AddressDetail().addressDetail("230 Bishan Street 23, Singapore").blockNo("230").floorNo("11").unitNo("11-45")
                    .postCode("570230").latitude("1.358800").longitude("103.848600"),
            new AddressDetail().addressDetail("8 Jurong West Avenue 1, Singapore").blockNo("8").floorNo("02").unitNo("02-17")
                    .postCode("640008").latitude("1.350600").longitude("103.717200"));

    static final List<String> ORDER_REMARKS = List.of("Please pack the drink separately", "No cutlery, thanks",
            "Extra chilli on the side", "Call when arriving");

    static final List<String> LINE_REMARKS = List.of("Chilli on the side", "Less oil", "No spring onions", "Sauce separate");

    private SampleData() {
    }
}
