# pnctl sign prints the header of a vector computed outside the project
#   printf %s "my key with spaces1700000000123" | sha256sum | cut -c25-40  → db7ad4d292bdd9fd
# and never echoes the key; an empty key file is a usage error (exit 2).
file(WRITE ${WORK_DIR}/key.txt "my key with spaces\n")
execute_process(COMMAND ${PNCTL} sign --devid D42 --key-file ${WORK_DIR}/key.txt --ts 1700000000123
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "Keytime D42,1700000000123,db7ad4d292bdd9fd\n")
    message(FATAL_ERROR "pnctl sign: rc=${rc} out='${out}' err='${err}'")
endif()
if(out MATCHES "spaces" OR err MATCHES "spaces")
    message(FATAL_ERROR "pnctl sign echoed the key")
endif()
file(WRITE ${WORK_DIR}/empty.txt "")
execute_process(COMMAND ${PNCTL} sign --devid D42 --key-file ${WORK_DIR}/empty.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "empty")
    message(FATAL_ERROR "empty key: rc=${rc} err='${err}'")
endif()
execute_process(COMMAND ${PNCTL} sign --devid "" --key-file ${WORK_DIR}/key.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "devid")
    message(FATAL_ERROR "empty devid: rc=${rc} err='${err}'")
endif()
message(STATUS "pnctl sign: ok")
