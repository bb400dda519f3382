/**
 * Small building blocks every module uses: paging, problems and domain exceptions, audit events and
 * localized names. It holds no domain of its own and depends on nothing in the application.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fi.turvaverkko.shared;

import org.springframework.modulith.ApplicationModule;
