-- Order ids are drawn in blocks (OrderIds.BLOCK in the code): each nextval reserves the next 32 numbers for one
-- instance, which hands them out without asking the database again. The values handed out so far stay unique: the
-- next nextval is above all of them.
ALTER SEQUENCE order_id_seq INCREMENT BY 32;
